/**
 * The shared ClipEditor, loaded at the first Edit (its form code, the writes and their
 * zod validation are not part of a page's first render): the popup's rows and the report
 * page's clip list open it through this.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ClipEditorProps } from './ClipEditor';

type EditorComponent = ComponentType<ClipEditorProps>;

let loadedEditor: EditorComponent | undefined;
let loadingEditor: Promise<EditorComponent> | undefined;

function loadClipEditor(): Promise<EditorComponent> {
  if (loadingEditor === undefined) {
    const loading = import('./ClipEditor').then((module) => {
      loadedEditor = module.ClipEditor;
      return module.ClipEditor;
    });
    loadingEditor = loading;
    // A failed load (extension updated meanwhile...) is tried again on the next Edit.
    loading.catch(() => {
      if (loadingEditor === loading) loadingEditor = undefined;
    });
  }
  return loadingEditor;
}

/** The ClipEditor once its module is loaded; until then a placeholder with the editor's id. */
export function LazyClipEditor(props: ClipEditorProps) {
  const [Editor, setEditor] = useState<EditorComponent | undefined>(() => loadedEditor);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (Editor !== undefined) return;
    let active = true;
    loadClipEditor().then(
      (component) => {
        if (active) setEditor(() => component);
      },
      () => {
        if (active) setFailed(true);
      },
    );
    return () => {
      active = false;
    };
  }, [Editor]);

  if (Editor !== undefined) return <Editor {...props} />;
  return (
    <div class="clip-editor clip-editor-loading" id={props.id}>
      {failed ? (
        <p class="field-error" role="alert">
          Could not load the editor; close and reopen it to try again.
        </p>
      ) : (
        <p class="hint">Loading editor…</p>
      )}
    </div>
  );
}
