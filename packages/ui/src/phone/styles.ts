/**
 * The phone kit's style sheet (decision 78): plain CSS in one string, put in the document once by
 * React 19's `<style href precedence>` (deduplicated however many kit screens render it), so the
 * phone screens need neither antd's CSS-in-JS nor a style file request. Touch targets are at
 * least 44 px; colours follow antd's default palette so both shells look alike.
 */
export const PHONE_CSS = `
.pk-root{--pk-blue:#1677ff;--pk-blue-bg:#e6f4ff;--pk-text:rgba(0,0,0,.88);--pk-muted:rgba(0,0,0,.55);--pk-border:#e5e7eb;--pk-bg:#f5f5f5;color:var(--pk-text);font-family:-apple-system,BlinkMacSystemFont,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei",Roboto,"Helvetica Neue",Arial,sans-serif;font-size:15px;line-height:1.5;-webkit-text-size-adjust:100%}
.pk-root *,.pk-root *::before,.pk-root *::after{box-sizing:border-box}
body:has(.pk-shell){margin:0}
.pk-shell{min-height:100vh;background:var(--pk-bg);padding-bottom:calc(64px + env(safe-area-inset-bottom))}
.pk-header{position:sticky;top:0;z-index:20;display:flex;align-items:center;gap:8px;height:52px;padding:0 12px;background:#fff;border-bottom:1px solid var(--pk-border)}
.pk-header-tenant{flex:1;min-width:0;font-weight:600;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.pk-header-tenant select{max-width:100%;min-height:40px;font:inherit;font-weight:600;border:1px solid var(--pk-border);border-radius:8px;background:#fff;padding:0 6px}
.pk-header-user{max-width:30%;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;color:var(--pk-muted);font-size:14px}
.pk-main{padding:12px;max-width:720px;margin:0 auto}
.pk-tabbar{position:fixed;left:0;right:0;bottom:0;z-index:20;display:flex;background:#fff;border-top:1px solid var(--pk-border);padding-bottom:env(safe-area-inset-bottom)}
.pk-tab{flex:1 1 0;min-width:0;min-height:56px;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:2px;border:0;background:none;color:var(--pk-muted);font:inherit;font-size:12px;line-height:1.2;padding:4px 2px;cursor:pointer;text-align:center}
.pk-tab>span:last-child{max-width:100%;overflow:hidden;text-overflow:ellipsis;display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical}
.pk-tab[aria-current=page]{color:var(--pk-blue);font-weight:600}
.pk-tab-icon{font-size:20px;line-height:1}
.pk-visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.pk-page{display:flex;flex-direction:column;gap:12px}
.pk-page-title{font-size:20px;font-weight:600;margin:0}
.pk-muted{color:var(--pk-muted)}
.pk-card{background:#fff;border:1px solid var(--pk-border);border-radius:10px;overflow:hidden}
.pk-card-head{display:flex;align-items:center;justify-content:space-between;gap:8px;padding:10px 14px;border-bottom:1px solid var(--pk-border);font-weight:600}
.pk-card-body{padding:12px 14px;display:flex;flex-direction:column;gap:10px}
a.pk-card{display:block;color:inherit;text-decoration:none}
.pk-btn{display:inline-flex;align-items:center;justify-content:center;gap:6px;min-height:44px;padding:0 16px;border-radius:8px;border:1px solid #d9d9d9;background:#fff;color:var(--pk-text);font:inherit;cursor:pointer;touch-action:manipulation}
.pk-btn:focus-visible,.pk-tab:focus-visible,.pk-input:focus-visible,.pk-summary:focus-visible{outline:2px solid var(--pk-blue);outline-offset:2px}
.pk-btn-primary{background:var(--pk-blue);border-color:var(--pk-blue);color:#fff}
.pk-btn-large{min-height:48px;font-size:16px}
.pk-btn-small{min-height:36px;padding:0 10px;font-size:14px}
.pk-btn-block{display:flex;width:100%}
.pk-btn-text{border-color:transparent;background:none}
.pk-btn:disabled{opacity:.45;cursor:not-allowed}
.pk-row{display:flex;gap:8px;align-items:center;flex-wrap:wrap}
.pk-stack{display:flex;flex-direction:column;gap:8px}
.pk-tag{display:inline-block;padding:0 8px;border-radius:6px;font-size:13px;line-height:22px;border:1px solid #d9d9d9;background:#fafafa;white-space:nowrap}
.pk-tag-blue{color:#0958d9;background:#e6f4ff;border-color:#91caff}
.pk-tag-geekblue{color:#1d39c4;background:#f0f5ff;border-color:#adc6ff}
.pk-tag-green{color:#389e0d;background:#f6ffed;border-color:#b7eb8f}
.pk-tag-orange{color:#d46b08;background:#fff7e6;border-color:#ffd591}
.pk-tag-red{color:#cf1322;background:#fff1f0;border-color:#ffa39e}
.pk-list{list-style:none;margin:0;padding:0}
.pk-item{display:flex;align-items:center;gap:10px;padding:10px 0;border-bottom:1px solid var(--pk-border)}
.pk-item:last-child{border-bottom:0}
.pk-item-main{flex:1;min-width:0;overflow-wrap:anywhere}
.pk-item-title{font-weight:500}
.pk-item-desc{color:var(--pk-muted);font-size:14px}
.pk-empty{color:var(--pk-muted);text-align:center;padding:16px 0}
.pk-notice{display:flex;gap:8px;padding:10px 12px;border-radius:8px;border:1px solid;font-size:14px}
.pk-notice-info{background:#e6f4ff;border-color:#91caff}
.pk-notice-warning{background:#fffbe6;border-color:#ffe58f}
.pk-notice-error{background:#fff2f0;border-color:#ffccc7}
.pk-notice-success{background:#f6ffed;border-color:#b7eb8f}
.pk-field{display:flex;flex-direction:column;gap:4px}
.pk-field-label{font-size:14px}
.pk-field-required::before{content:"*";color:#ff4d4f;margin-inline-end:4px}
.pk-field-error{color:#ff4d4f;font-size:13px}
.pk-input{width:100%;min-height:44px;padding:8px 10px;border:1px solid #d9d9d9;border-radius:8px;background:#fff;font:inherit;color:inherit}
textarea.pk-input{min-height:88px;resize:vertical}
.pk-check{display:flex;align-items:center;gap:10px;min-height:44px;cursor:pointer}
.pk-check input{width:22px;height:22px;margin:0;accent-color:var(--pk-blue)}
.pk-details{border:1px solid var(--pk-border);border-radius:8px}
.pk-summary{min-height:44px;display:flex;align-items:center;padding:0 12px;cursor:pointer;list-style-position:inside}
.pk-details>div{padding:0 12px 8px}
.pk-tabs{display:flex;background:#f0f0f0;border-radius:10px;padding:3px;gap:2px}
.pk-tabs>button{flex:1 1 0;min-width:0;min-height:40px;border:0;border-radius:8px;background:none;font:inherit;font-size:14px;color:var(--pk-muted);cursor:pointer}
.pk-tabs>button[aria-selected=true]{background:#fff;color:var(--pk-text);font-weight:600;box-shadow:0 1px 2px rgba(0,0,0,.12)}
.pk-sheet-mask{position:fixed;inset:0;z-index:40;background:rgba(0,0,0,.45);display:flex;align-items:flex-end;justify-content:center}
.pk-sheet{width:100%;max-width:560px;max-height:92vh;display:flex;flex-direction:column;background:#fff;border-radius:14px 14px 0 0;padding-bottom:env(safe-area-inset-bottom)}
.pk-sheet-head{display:flex;align-items:center;gap:8px;padding:8px 8px 8px 16px;border-bottom:1px solid var(--pk-border);font-weight:600}
.pk-sheet-head>h2{flex:1;font-size:16px;margin:0}
.pk-sheet-body{overflow:auto;padding:12px 16px;display:flex;flex-direction:column;gap:8px}
.pk-toasts{position:fixed;top:60px;left:0;right:0;z-index:50;display:flex;flex-direction:column;align-items:center;gap:8px;pointer-events:none;padding:0 12px}
.pk-toast{pointer-events:auto;max-width:100%;background:#fff;border-radius:8px;padding:10px 14px;box-shadow:0 6px 16px rgba(0,0,0,.12);border-inline-start:4px solid var(--pk-blue);font-size:15px}
.pk-toast-error{border-inline-start-color:#ff4d4f}
.pk-toast-success{border-inline-start-color:#52c41a}
.pk-bar{height:10px;border-radius:5px;background:var(--pk-blue)}
.pk-stat{font-size:28px;font-weight:600;line-height:1.2}
.pk-dl{display:grid;grid-template-columns:auto 1fr;gap:6px 12px;margin:0}
.pk-dl dt{color:var(--pk-muted)}
.pk-dl dd{margin:0;overflow-wrap:anywhere}
@media (prefers-reduced-motion:no-preference){.pk-sheet{animation:pk-up .18s ease-out}@keyframes pk-up{from{transform:translateY(24px);opacity:.6}to{transform:none;opacity:1}}}
`;
