import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { Flex, Spin } from 'antd';
import { MyBallots } from './MyBallots';

const MyBallotPage = lazy(() => import('./MyBallotPage'));

/** 我的测评 (`/my-ballots/*`): any township user listed as a member of an evaluation's group votes here, phone first. */
export function MyBallotsSection() {
  return (
    <Suspense fallback={<Spin />}>
      <Routes>
        <Route
          index
          element={
            <Flex vertical gap={12} style={{ maxWidth: 560, margin: '0 auto', paddingTop: 44 }}>
              <MyBallots showEmpty />
            </Flex>
          }
        />
        <Route path=":id" element={<MyBallotPage />} />
      </Routes>
    </Suspense>
  );
}
