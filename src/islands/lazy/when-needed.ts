/**
 * Runs `load` once, the first time one of `elements` is about to scroll into view (a screen
 * ahead, so the island is ready when the learner gets there) or is touched, focused or typed
 * in — whichever comes first. Nothing runs for a learner who never gets there.
 */
export function whenNeeded(elements: Iterable<Element>, load: () => unknown): void {
  const targets = [...elements];
  if (targets.length === 0) return;
  let done = false;
  const events = ['pointerdown', 'focusin', 'keydown', 'change'] as const;
  const observer = 'IntersectionObserver' in window ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), { rootMargin: '100% 0px' }) : undefined;
  function start() {
    if (done) return;
    done = true;
    observer?.disconnect();
    for (const target of targets) for (const name of events) target.removeEventListener(name, start);
    void load();
  }
  for (const target of targets) {
    for (const name of events) target.addEventListener(name, start, { once: true });
    observer?.observe(target);
  }
  if (!observer) start();
}
