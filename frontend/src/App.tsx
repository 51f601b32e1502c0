import { lazy } from "react";
import { QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createBrowserRouter, RouterProvider } from "react-router";
import { ApiError } from "./api/problem";
import { CallbackPage } from "./auth/CallbackPage";
import { LoginPage } from "./auth/LoginPage";
import { RequireRole } from "./auth/RequireRole";
import { FeedbackProvider } from "./ui/Feedback";
import { Home, Layout, NotFound } from "./ui/Layout";

// Each screen is its own chunk, fetched when first visited: the first screen loads only itself.
const AuditPage = lazy(() => import("./audit/AuditPage").then((m) => ({ default: m.AuditPage })));
const DashboardPage = lazy(() => import("./dashboard/DashboardPage").then((m) => ({ default: m.DashboardPage })));
const EvaluationsPage = lazy(() => import("./evaluations/EvaluationsPage").then((m) => ({ default: m.EvaluationsPage })));
const GrievanceDetailPage = lazy(() => import("./grievances/GrievanceDetailPage").then((m) => ({ default: m.GrievanceDetailPage })));
const GrievancesPage = lazy(() => import("./grievances/GrievancesPage").then((m) => ({ default: m.GrievancesPage })));
const MatchingPage = lazy(() => import("./matching/MatchingPage").then((m) => ({ default: m.MatchingPage })));
const MyPairingPage = lazy(() => import("./me/MyPairingPage").then((m) => ({ default: m.MyPairingPage })));
const NotificationsPage = lazy(() => import("./notifications/NotificationsPage").then((m) => ({ default: m.NotificationsPage })));
const PairingDetailPage = lazy(() => import("./pairings/PairingDetailPage").then((m) => ({ default: m.PairingDetailPage })));
const PairingsListPage = lazy(() => import("./pairings/PairingsListPage").then((m) => ({ default: m.PairingsListPage })));
const PeopleListPage = lazy(() => import("./people/PeopleListPage").then((m) => ({ default: m.PeopleListPage })));
const PersonPage = lazy(() => import("./people/PersonPage").then((m) => ({ default: m.PersonPage })));
const ImpactPage = lazy(() => import("./reports/ImpactPage").then((m) => ({ default: m.ImpactPage })));
const ReportsPage = lazy(() => import("./reports/ReportsPage").then((m) => ({ default: m.ReportsPage })));
const NewRequestPage = lazy(() => import("./requests/NewRequestPage").then((m) => ({ default: m.NewRequestPage })));
const RequestDetailPage = lazy(() => import("./requests/RequestDetailPage").then((m) => ({ default: m.RequestDetailPage })));
const RequestsListPage = lazy(() => import("./requests/RequestsListPage").then((m) => ({ default: m.RequestsListPage })));
const ReviewsPage = lazy(() => import("./reviews/ReviewsPage").then((m) => ({ default: m.ReviewsPage })));
const SettingsPage = lazy(() => import("./settings/SettingsPage").then((m) => ({ default: m.SettingsPage })));

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache(),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        refetchOnWindowFocus: false,
        // 4xx answers will not change by asking again.
        retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      },
    },
  });
}

const HR = ["hr_admin"] as const;
const STAFF = ["hr_admin", "team_leader"] as const;
const only = (roles: readonly ("hr_admin" | "team_leader" | "employee")[], element: React.ReactNode) => (
  <RequireRole roles={[...roles]}>{element}</RequireRole>
);

export const router = createBrowserRouter([
  { path: "/login", element: <LoginPage /> },
  { path: "/auth/callback", element: <CallbackPage /> },
  {
    element: <Layout />,
    children: [
      { index: true, element: <Home /> },
      { path: "dashboard", element: only(HR, <DashboardPage />) },
      { path: "reports", element: only(HR, <ReportsPage />) },
      { path: "impact", element: only(HR, <ImpactPage />) },
      { path: "people", element: only(HR, <PeopleListPage />) },
      { path: "team", element: only(["team_leader"], <PeopleListPage mine />) },
      { path: "people/:id", element: only(STAFF, <PersonPage />) },
      { path: "requests", element: only(STAFF, <RequestsListPage />) },
      { path: "requests/new", element: only(STAFF, <NewRequestPage />) },
      { path: "requests/:id", element: only(STAFF, <RequestDetailPage />) },
      { path: "matching", element: only(STAFF, <MatchingPage />) },
      { path: "pairings", element: only(STAFF, <PairingsListPage />) },
      { path: "pairings/:id", element: <PairingDetailPage /> },
      { path: "reviews", element: only(HR, <ReviewsPage />) },
      { path: "evaluations", element: only(HR, <EvaluationsPage />) },
      { path: "grievances", element: only(HR, <GrievancesPage />) },
      { path: "grievances/:id", element: <GrievanceDetailPage /> },
      { path: "settings", element: only(HR, <SettingsPage />) },
      { path: "audit", element: only(HR, <AuditPage />) },
      { path: "notifications", element: <NotificationsPage /> },
      { path: "me", element: only(["employee"], <MyPairingPage />) },
      { path: "*", element: <NotFound /> },
    ],
  },
]);

const queryClient = makeQueryClient();

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <FeedbackProvider>
        <RouterProvider router={router} />
      </FeedbackProvider>
    </QueryClientProvider>
  );
}
