/**
 * Runs in <head> before first paint: applies the saved theme, else the system
 * preference, as html[data-theme]. No cookies, so pages stay static.
 * Keep it tiny and ES5; it is inlined into every page.
 */
export const THEME_STORAGE_KEY = 'theme';

export const themeScript = `(function(){var t;try{t=localStorage.getItem('${THEME_STORAGE_KEY}')}catch(e){}if(t!=='light'&&t!=='dark'){t=window.matchMedia&&window.matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}document.documentElement.setAttribute('data-theme',t)})()`;
