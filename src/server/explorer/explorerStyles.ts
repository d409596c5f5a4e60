/**
 * The explorer's stylesheet, served as /assets/explorer/explorer.css. Three columns at 1280×800;
 * one column below 900px, the graph first. System fonts only: nothing is fetched from elsewhere.
 */
export const EXPLORER_STYLES = `
:root { --ink: #1d2430; --muted: #5b6576; --line: #d5dae2; --bg: #f6f7f9; --accent: #1f5fbf; --focus: #f2a900; }
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); display: flex; flex-direction: column; }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 8px; top: 8px; z-index: 10; background: #fff; padding: 4px 8px; }
.bar { display: flex; flex-wrap: wrap; align-items: end; gap: 8px 16px; padding: 8px 12px; background: #fff; border-bottom: 1px solid var(--line); }
.bar h1 { font-size: 16px; margin: 0 8px 6px 0; white-space: nowrap; }
.bar h1 a { color: var(--ink); text-decoration: none; }
.bar .combo { flex: 1 1 320px; max-width: 560px; }
.combo { position: relative; display: flex; flex-direction: column; gap: 2px; }
.combo label, .preset label, .depth { font-size: 12px; color: var(--muted); display: flex; flex-direction: column; gap: 2px; }
input, select, button { font: inherit; padding: 5px 8px; border: 1px solid #aab3c0; border-radius: 4px; background: #fff; color: var(--ink); }
button { cursor: pointer; background: #eef3fb; border-color: #9db3d8; }
button:hover { background: #dde8f8; }
.suggestions { position: absolute; top: 100%; left: 0; right: 0; z-index: 20; margin: 2px 0 0; padding: 0; list-style: none; background: #fff; border: 1px solid #aab3c0; border-radius: 4px; max-height: 50vh; overflow: auto; box-shadow: 0 4px 14px rgba(0,0,0,.15); }
.suggestions li { padding: 6px 8px; cursor: pointer; border-bottom: 1px solid #eef0f3; }
.suggestions li[aria-selected="true"], .suggestions li:hover { background: #e5eefc; }
.suggestions .kind, .badge { display: inline-block; font-size: 11px; padding: 0 5px; border-radius: 3px; background: #e8ebf0; color: var(--muted); margin-right: 4px; }
.suggestions .id, .id { font: 11px/1.3 ui-monospace, Menlo, Consolas, monospace; color: var(--muted); word-break: break-all; }
.layout { flex: 1; min-height: 0; display: grid; grid-template-columns: 250px minmax(0, 1fr) 340px; }
.controls, .panel { overflow: auto; background: #fff; padding: 8px 12px; }
.controls { border-right: 1px solid var(--line); }
.panel { border-left: 1px solid var(--line); }
details > summary { font-weight: 600; cursor: pointer; padding: 6px 0; }
.preset { display: flex; flex-direction: column; gap: 6px; padding: 6px 0 10px; border-bottom: 1px solid #eef0f3; }
.preset h2 { font-size: 13px; margin: 4px 0 0; }
fieldset { border: 0; margin: 0; padding: 0; display: grid; grid-template-columns: 1fr; gap: 2px; }
fieldset label { font: 12px/1.5 ui-monospace, Menlo, Consolas, monospace; display: flex; gap: 6px; align-items: center; }
.legend { list-style: none; margin: 0; padding: 0; display: grid; gap: 3px; font-size: 12px; }
.legend li { display: flex; gap: 6px; align-items: center; }
.legend svg { flex: none; }
.legend .dim { opacity: .45; }
.canvas { position: relative; min-width: 0; min-height: 0; }
#graph { position: absolute; inset: 0; background: #fbfcfd; }
#status { position: absolute; left: 8px; bottom: 4px; margin: 0; font-size: 12px; color: var(--muted); background: rgba(255,255,255,.85); padding: 2px 6px; border-radius: 3px; }
.panel h2 { font-size: 16px; margin: 4px 0; }
.panel h3 { font-size: 13px; margin: 12px 0 4px; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; }
.panel ul { margin: 0; padding-left: 18px; }
.panel .actions { display: flex; flex-wrap: wrap; gap: 6px; margin: 8px 0; }
.panel dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 8px; margin: 0; font-size: 12px; }
.panel dt { color: var(--muted); }
.panel dd { margin: 0; word-break: break-word; }
.linkish { display: inline; background: none; border: 0; padding: 0; color: var(--accent); text-decoration: underline; cursor: pointer; text-align: left; }
.panel li { margin-bottom: 3px; }
#result:not(:empty) { border-bottom: 1px solid var(--line); padding-bottom: 8px; margin-bottom: 8px; }
.node-list { list-style: none; padding: 0 !important; font-size: 12px; }
.hint { color: var(--muted); }
.error { color: #a1251b; }
body.embed .bar, body.embed .controls { display: none; }
body.embed .layout { grid-template-columns: minmax(0, 1fr) 300px; }
@media (max-width: 900px) {
  .layout { display: flex; flex-direction: column; overflow: auto; }
  .canvas { order: 1; height: 60vh; flex: none; }
  .panel { order: 2; border: 0; border-top: 1px solid var(--line); overflow: visible; }
  .controls { order: 3; border: 0; border-top: 1px solid var(--line); overflow: visible; }
  body.embed .layout { display: flex; }
}
`;
