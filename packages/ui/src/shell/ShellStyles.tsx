import { NARROW_SCREEN_QUERY } from './narrowScreenQuery';

/**
 * The desktop frame's style sheet (decision 81): plain CSS put in the document once by React 19's
 * `<style href precedence>`, as the phone kit's (decision 78), so the frame needs neither antd nor a
 * style file request. Colours and sizes follow antd's default theme (dark side menu, white header),
 * so the frame matches the antd pages inside it. Below antd's `lg` (992 px) the menu folds into a
 * drawer opened from the header; on paper the frame is gone.
 */
const SHELL_CSS = `
.dk-root{--dk-blue:#1677ff;--dk-border:#f0f0f0;display:flex;min-height:100vh;background:#f5f5f5;color:rgba(0,0,0,.88);font-family:-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","PingFang SC","Microsoft YaHei",sans-serif;font-size:14px;line-height:1.5714}
body:has(.dk-root){margin:0}
.dk-sider{flex:0 0 220px;width:220px;background:#001529}
.dk-sider nav{position:sticky;top:0;max-height:100vh;overflow-y:auto;padding:16px 0 8px}
.dk-menu{list-style:none;margin:0;padding:0 4px}
.dk-menu-item{display:flex;align-items:center;gap:10px;height:40px;margin:4px;padding:0 20px;border-radius:8px;color:rgba(255,255,255,.65);text-decoration:none;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;transition:color .2s,background .2s}
.dk-menu-item:hover{color:#fff}
.dk-menu-item[aria-current=page]{background:var(--dk-blue);color:#fff}
.dk-menu-item:focus-visible,.dk-btn:focus-visible,.dk-seg button:focus-visible,.dk-select:focus-visible{outline:2px solid #4096ff;outline-offset:1px}
.dk-menu-icon{display:inline-flex;font-size:14px;min-width:14px}
.dk-body{flex:1;min-width:0;display:flex;flex-direction:column}
.dk-header{display:flex;align-items:center;gap:16px;height:64px;padding:0 24px;background:#fff;border-bottom:1px solid var(--dk-border)}
.dk-title{font-size:18px;font-weight:600;line-height:1.4;margin:0;white-space:nowrap;color:rgba(0,0,0,.88)}
.dk-spacer{flex:1}
.dk-header-items{display:flex;align-items:center;gap:16px;white-space:nowrap}
.dk-main{flex:1;padding:24px;min-width:0}
.dk-btn{display:inline-flex;align-items:center;justify-content:center;gap:6px;height:32px;padding:0 15px;border:1px solid #d9d9d9;border-radius:6px;background:#fff;color:inherit;font:inherit;cursor:pointer;transition:color .2s,border-color .2s}
.dk-btn:hover{color:#4096ff;border-color:#4096ff}
.dk-btn-icon{width:32px;padding:0}
.dk-btn-text{border-color:transparent;background:none}
.dk-btn-text:hover{background:rgba(0,0,0,.06);border-color:transparent;color:inherit}
.dk-menu-toggle{display:none}
.dk-badge{position:relative;display:inline-flex}
.dk-badge-count{position:absolute;top:-2px;right:-4px;min-width:16px;height:16px;padding:0 4px;border-radius:8px;background:#ff4d4f;color:#fff;font-size:12px;line-height:16px;text-align:center;box-shadow:0 0 0 1px #fff;pointer-events:none}
.dk-seg{display:inline-flex;padding:2px;gap:2px;border-radius:6px;background:rgba(0,0,0,.04)}
.dk-seg button{border:0;border-radius:4px;background:none;padding:0 8px;height:24px;font:inherit;font-size:14px;color:rgba(0,0,0,.65);cursor:pointer}
.dk-seg button[aria-pressed=true]{background:#fff;color:rgba(0,0,0,.88);box-shadow:0 1px 2px rgba(0,0,0,.06),0 1px 6px -1px rgba(0,0,0,.05)}
.dk-select{height:32px;min-width:160px;padding:0 8px;border:1px solid #d9d9d9;border-radius:6px;background:#fff;font:inherit;font-weight:600;color:inherit}
.dk-visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.dk-backdrop{display:none}
.dk-card{position:relative;background:#fff;border:1px solid var(--dk-border,#f0f0f0);border-radius:8px;color:rgba(0,0,0,.88);font-size:14px;line-height:1.5714}
.dk-card-head{display:flex;align-items:center;justify-content:space-between;gap:8px;min-height:56px;padding:0 24px;border-bottom:1px solid var(--dk-border,#f0f0f0);font-size:16px;font-weight:600}
.dk-card-body{padding:24px}
.dk-card-small .dk-card-head{min-height:38px;padding:0 12px;font-size:14px}
.dk-card-small .dk-card-body{padding:12px}
.dk-grid{display:grid;gap:16px}
.dk-stat-title{color:rgba(0,0,0,.45);margin-bottom:4px}
.dk-stat-value{font-size:24px;line-height:1.3;min-height:31px}
.dk-dl{display:grid;grid-template-columns:max-content 1fr;gap:12px 16px;margin:0 0 16px}
.dk-dl dt{color:rgba(0,0,0,.45)}
.dk-dl dt::after{content:"："}
.dk-dl dd{margin:0}
.dk-empty{display:flex;align-items:center;justify-content:center;color:rgba(0,0,0,.45)}
.dk-loading-over{position:absolute;inset:0;display:flex;align-items:center;justify-content:center;background:rgba(255,255,255,.5)}
@media (max-width:991.98px){
.dk-sider{position:fixed;z-index:100;top:0;bottom:0;left:0;transform:translateX(-100%);visibility:hidden;transition:transform .2s,visibility .2s}
.dk-sider[data-open=true]{transform:none;visibility:visible;box-shadow:6px 0 16px rgba(0,0,0,.08)}
.dk-sider[data-open=true]~.dk-backdrop{display:block;position:fixed;inset:0;z-index:99;background:rgba(0,0,0,.45)}
.dk-menu-toggle{display:inline-flex}
}
@media ${NARROW_SCREEN_QUERY}{
.dk-header{gap:8px;padding:0 12px}
.dk-header-items{gap:8px}
.dk-title{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.dk-select{min-width:100px}
.dk-main{padding:12px}
}
@media (prefers-reduced-motion:reduce){.dk-sider,.dk-menu-item,.dk-btn{transition:none}}
@media print{.dk-sider,.dk-header,.dk-backdrop{display:none!important}.dk-root{background:#fff}.dk-main{padding:0}}
`;

/** Puts the frame's style sheet in the document once. */
export function ShellStyles() {
  return (
    <style href="pcs-desk-shell" precedence="default">
      {SHELL_CSS}
    </style>
  );
}
