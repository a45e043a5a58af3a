import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { Spin } from 'antd';

// Each page is its own module with a default export, loaded when first opened.
const DeputyHomePage = lazy(() => import('./DeputyHomePage'));
const DraftEditPage = lazy(() => import('./DraftEditPage'));
const DraftPage = lazy(() => import('./DraftPage'));
const MySuggestionPage = lazy(() => import('./MySuggestionPage'));

/** The signed-in deputy's workspace (`/me/*`): their suggestions, records and evaluations, phone first. */
export function DeputySection() {
  return (
    <Suspense fallback={<Spin />}>
      <Routes>
        <Route index element={<DeputyHomePage />} />
        <Route path="suggestions/new" element={<DraftEditPage />} />
        <Route path="drafts/:id" element={<DraftPage />} />
        <Route path="drafts/:id/edit" element={<DraftEditPage />} />
        <Route path="suggestions/:id" element={<MySuggestionPage />} />
      </Routes>
    </Suspense>
  );
}
