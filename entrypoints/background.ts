import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // wired up in the capture work
});
