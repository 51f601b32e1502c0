import { lazy } from "react";
import { QueryCache, QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createBrowserRouter, RouterProvider } from "react-router";
import { SetPasswordPage } from "./accounts/SetPasswordPage";
import { ApiError } from "./api/problem";
import { CallbackPage } from "./auth/CallbackPage";
import { LoginPage } from "./auth/LoginPage";
import { RequireRole } from "./auth/RequireRole";
import { FeedbackProvider } from "./ui/Feedback";
import { Home, Layout, NotFound } from "./ui/Layout";

// Each screen is its own chunk, fetched when first visited: the first screen loads only itself.
// A tab opened before a deployment asks for chunks that are gone (their names are hashes): it
// reloads once to get the new index.html instead of failing.
const RELOADED = "peermentor:chunk-reload";
function screen<K extends string, M extends Record<K, React.ComponentType>>(load: () => Promise<M>, name: K) {
  return lazy(async () => {
    try {
      const module = await load();
      sessionStorage.removeItem(RELOADED);
      return { default: module[name] };
    } catch (error) {
      if (sessionStorage.getItem(RELOADED)) throw error;
      sessionStorage.setItem(RELOADED, "1");
      window.location.reload();
      return new Promise<never>(() => undefined);
    }
  });
}
const AuditPage = screen(() => import("./audit/AuditPage"), "AuditPage");
const DashboardPage = screen(() => import("./dashboard/DashboardPage"), "DashboardPage");
const InboxPage = screen(() => import("./inbox/InboxPage"), "InboxPage");
const LoginsPage = screen(() => import("./accounts/LoginsPage"), "LoginsPage");
const MentorProfilePage = screen(() => import("./me/MentorProfilePage"), "MentorProfilePage");
const EvaluationsPage = screen(() => import("./evaluations/EvaluationsPage"), "EvaluationsPage");
const GrievanceDetailPage = screen(() => import("./grievances/GrievanceDetailPage"), "GrievanceDetailPage");
const GrievancesPage = screen(() => import("./grievances/GrievancesPage"), "GrievancesPage");
const MatchingPage = screen(() => import("./matching/MatchingPage"), "MatchingPage");
const MyPairingPage = screen(() => import("./me/MyPairingPage"), "MyPairingPage");
const NotificationsPage = screen(() => import("./notifications/NotificationsPage"), "NotificationsPage");
const PairingDetailPage = screen(() => import("./pairings/PairingDetailPage"), "PairingDetailPage");
const PairingsListPage = screen(() => import("./pairings/PairingsListPage"), "PairingsListPage");
const PeopleListPage = screen(() => import("./people/PeopleListPage"), "PeopleListPage");
const PersonPage = screen(() => import("./people/PersonPage"), "PersonPage");
const ImpactPage = screen(() => import("./reports/ImpactPage"), "ImpactPage");
const ReportsPage = screen(() => import("./reports/ReportsPage"), "ReportsPage");
const NewRequestPage = screen(() => import("./requests/NewRequestPage"), "NewRequestPage");
const RequestDetailPage = screen(() => import("./requests/RequestDetailPage"), "RequestDetailPage");
const RequestsListPage = screen(() => import("./requests/RequestsListPage"), "RequestsListPage");
const ReviewsPage = screen(() => import("./reviews/ReviewsPage"), "ReviewsPage");
const TrainingRecordsPage = screen(() => import("./oversight/TrainingRecordsPage"), "TrainingRecordsPage");
const SettingsPage = screen(() => import("./settings/SettingsPage"), "SettingsPage");

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
  // Public: an invitation's one-time link (its token is in the fragment).
  { path: "/set-password", element: <SetPasswordPage /> },
  {
    element: <Layout />,
    children: [
      { index: true, element: <Home /> },
      { path: "inbox", element: <InboxPage /> },
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
      { path: "training", element: only(STAFF, <TrainingRecordsPage />) },
      { path: "evaluations", element: only(HR, <EvaluationsPage />) },
      { path: "grievances", element: only(HR, <GrievancesPage />) },
      { path: "grievances/:id", element: <GrievanceDetailPage /> },
      { path: "settings", element: only(HR, <SettingsPage />) },
      { path: "audit", element: only(HR, <AuditPage />) },
      { path: "logins", element: only(HR, <LoginsPage />) },
      { path: "mentor-profile", element: only(["team_leader", "employee"], <MentorProfilePage />) },
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
