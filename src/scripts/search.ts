// Client script of the search page only (/cerca/): reads ?q= and the page's
// form, and runs the search. The search code (search-results.ts) and Pagefind's
// JS are loaded on demand, so they never weigh on other pages. The dynamic
// import also keeps Astro from inlining this small script into the HTML, where
// the Content-Security-Policy would block it.
import { queryFrom } from "../lib/search/excerpt.ts";

const form = document.querySelector<HTMLFormElement>("#search-form");
const input = document.querySelector<HTMLInputElement>("#search-query");

async function search(query: string): Promise<void> {
  try {
    const { run } = await import("./search-results.ts");
    await run(query);
  } catch {
    const status = document.querySelector("#search-status");
    if (status) status.textContent = "La ricerca non è disponibile in questo momento: riprova ricaricando la pagina.";
  }
}

if (form && input) {
  const initial = queryFrom(location.search);
  input.value = initial;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const query = input.value.trim();
    const url = new URL(location.href);
    if (query) url.searchParams.set("q", query);
    else url.searchParams.delete("q");
    history.replaceState(null, "", url);
    void search(query);
  });
  void search(initial);
}
