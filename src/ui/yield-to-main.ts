/**
 * Ends the current task and resumes in a new one, so the page can answer a tap or paint between
 * two pieces of start-up work (a task over 50 ms on a phone is one the resident can feel).
 */
export function yieldToMain(): Promise<void> {
  // scheduler.yield resumes ahead of other pending tasks; where it is missing, a timer.
  const scheduler = (window as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
}
