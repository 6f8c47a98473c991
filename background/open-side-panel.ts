/**
 * The background's ways to open the side panel: the keyboard command (Chrome; Firefox
 * handles `_execute_sidebar_action` itself) and the context menu item. Both handlers
 * count as a user gesture only until their first `await`, so the panel is opened first
 * thing, synchronously (ui/side-panel.ts).
 */
import { openSidePanel } from '../ui/side-panel';

export const OPEN_SIDE_PANEL_COMMAND = 'open-side-panel';
export const OPEN_SIDE_PANEL_MENU_ID = 'open-side-panel';

export function openSidePanelFor(tab: { windowId?: number } | undefined): Promise<boolean> {
  return openSidePanel(tab?.windowId);
}
