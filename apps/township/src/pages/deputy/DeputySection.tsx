import { Route, Routes } from 'react-router-dom';
import { AntdScope, lazyPage, PageSuspense } from '@pcs/ui';
// The section's index comes with it: a deputy lands there, and a nested chunk would be one more wait.
import DeputyHomePage from './DeputyHomePage';

// The other pages are modules with a default export, loaded when first opened (with their texts, lazyPage).
const DraftEditPage = lazyPage(() => import('./DraftEditPage'), 'default');
const DraftPage = lazyPage(() => import('./DraftPage'), 'default');
const MySuggestionPage = lazyPage(() => import('./MySuggestionPage'), 'default');

/**
 * The signed-in deputy's workspace (`/me/*`): their suggestions, records and evaluations, phone
 * first. The home is built from the phone kit; the drafts and suggestions are antd screens, with
 * antd's providers around them for the phone shell (decision 78).
 */
export function DeputySection() {
  return (
    <PageSuspense>
      <Routes>
        <Route index element={<DeputyHomePage />} />
        <Route path="suggestions/new" element={<AntdScope><DraftEditPage /></AntdScope>} />
        <Route path="drafts/:id" element={<AntdScope><DraftPage /></AntdScope>} />
        <Route path="drafts/:id/edit" element={<AntdScope><DraftEditPage /></AntdScope>} />
        <Route path="suggestions/:id" element={<AntdScope><MySuggestionPage /></AntdScope>} />
      </Routes>
    </PageSuspense>
  );
}
