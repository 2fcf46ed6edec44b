// "Copia il codice" buttons for embed snippets, on chapter figures and in the
// gallery. The markup works without JavaScript: the code sits in a read-only
// <textarea> to select by hand and the button stays `hidden` until this module
// shows it. Markup:
//   <textarea id="X" readonly>…</textarea>
//   <button type="button" data-copy="X" hidden>Copia il codice</button>
//   <span class="copy-status" role="status"></span>   (same parent as the button)

export const COPY_MESSAGES = {
  done: "Codice copiato negli appunti.",
  failed: "Copia non riuscita: il codice è selezionato, copialo con Ctrl+C (⌘C su Mac).",
};

/** What the buttons need of the browser (injectable for tests). */
export interface CopyEnv {
  writeText: ((text: string) => Promise<void>) | undefined;
  /** Clears the confirmation after a while. */
  later: (fn: () => void) => void;
}

function browserEnv(): CopyEnv {
  const clipboard = typeof navigator !== "undefined" ? navigator.clipboard : undefined;
  return {
    writeText: clipboard ? (text) => clipboard.writeText(text) : undefined,
    later: (fn) => setTimeout(fn, 6000),
  };
}

/** Shows and wires every copy button under `root`; safe to call more than once. Returns how many it wired. */
export function enhanceCopyButtons(root: ParentNode, env: CopyEnv = browserEnv()): number {
  let wired = 0;
  for (const button of root.querySelectorAll<HTMLButtonElement>("button[data-copy]")) {
    if (button.dataset.copyReady) continue;
    const source = button.ownerDocument.getElementById(button.dataset.copy ?? "") as HTMLTextAreaElement | null;
    if (!source) continue;
    const status = button.parentElement?.querySelector(".copy-status") ?? null;
    button.dataset.copyReady = "true";
    button.removeAttribute("hidden");
    button.addEventListener("click", () => {
      const say = (text: string) => {
        if (!status) return;
        status.textContent = text;
        env.later(() => {
          if (status.textContent === text) status.textContent = "";
        });
      };
      const fallback = () => {
        say(COPY_MESSAGES.failed);
        source.focus();
        source.select?.();
      };
      if (!env.writeText) return fallback();
      env.writeText(source.value).then(() => say(COPY_MESSAGES.done), fallback);
    });
    wired++;
  }
  return wired;
}
