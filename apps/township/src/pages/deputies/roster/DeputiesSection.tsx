import { Route, Routes } from 'react-router-dom';
import { DeputyDetailPage } from './DeputyDetailPage';
import { ImportPage } from './ImportPage';
import { RosterPage } from './RosterPage';

/** /deputies: the roster, the import, one deputy. */
export function DeputiesSection() {
  return (
    <Routes>
      <Route index element={<RosterPage />} />
      <Route path="import" element={<ImportPage />} />
      <Route path=":id" element={<DeputyDetailPage />} />
    </Routes>
  );
}
