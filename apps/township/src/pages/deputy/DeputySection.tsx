import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { Spin } from 'antd';

// Each page is its own module with a default export, loaded when first opened.
const DeputyHomePage = lazy(() => import('./DeputyHomePage'));
const SuggestionSubmitPage = lazy(() => import('./SuggestionSubmitPage'));
const MySuggestionPage = lazy(() => import('./MySuggestionPage'));

/** The signed-in deputy's workspace (`/me/*`): their suggestions, records and evaluations, phone first. */
export function DeputySection() {
  return (
    <Suspense fallback={<Spin />}>
      <Routes>
        <Route index element={<DeputyHomePage />} />
        <Route path="suggestions/new" element={<SuggestionSubmitPage />} />
        <Route path="suggestions/:id" element={<MySuggestionPage />} />
      </Routes>
    </Suspense>
  );
}
