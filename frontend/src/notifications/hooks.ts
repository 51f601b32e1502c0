// Notifications: the query keys (defined once) and the hooks that read them.
import { useQuery } from "@tanstack/react-query";
import { api, call } from "../api/client";

export const notificationKeys = {
  root: ["notifications"] as const,
  unread: ["notifications", "unread"] as const,
  all: ["notifications", "all"] as const,
  preferences: ["notification-preferences"] as const,
};

export function useUnreadNotifications() {
  return useQuery({
    queryKey: notificationKeys.unread,
    queryFn: () => call(api.GET("/api/v1/notifications", { params: { query: { unread: true, limit: 100 } } })),
    refetchInterval: 60_000,
  });
}

export function useNotifications() {
  return useQuery({
    queryKey: notificationKeys.all,
    queryFn: () => call(api.GET("/api/v1/notifications", { params: { query: { limit: 200 } } })),
  });
}

export function useNotificationPreferences() {
  return useQuery({
    queryKey: notificationKeys.preferences,
    queryFn: () => call(api.GET("/api/v1/notification-preferences")),
  });
}
