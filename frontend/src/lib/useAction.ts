import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query";

/** A write: runs `fn`, then refreshes the queries it affects. Its `error` feeds ProblemAlert. */
export function useAction<TVars, TResult>(
  fn: (vars: TVars) => Promise<TResult>,
  options: { invalidate?: QueryKey[]; onSuccess?: (result: TResult, vars: TVars) => void } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (result, vars) => {
      await Promise.all((options.invalidate ?? []).map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      options.onSuccess?.(result, vars);
    },
  });
}
