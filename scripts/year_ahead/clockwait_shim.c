/*
 * Preloaded in front of libfaketime for the test suite's year-ahead run (dev.sh test).
 *
 * libfaketime 0.9.10 fakes clock_gettime(CLOCK_MONOTONIC) (a year ahead) but does not wrap
 * glibc's sem_clockwait / pthread_cond_clockwait, which take an absolute deadline on a chosen
 * clock. CPython computes a lock-timeout deadline from the faked monotonic clock and hands it
 * to sem_clockwait, so the kernel waits a year: threading.Event().wait(0.2) never returns.
 * These wrappers move such a deadline back onto the kernel's clock by the offset libfaketime
 * applies, so a timed wait lasts as long as it asked for. Nothing else is touched.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include <semaphore.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static long long ns(const struct timespec *t) { return t->tv_sec * 1000000000LL + t->tv_nsec; }

/* The absolute deadline on the kernel's clock for one given on the faked clock. */
static struct timespec kernel_deadline(clockid_t clock, const struct timespec *faked) {
  struct timespec seen, kernel, out;
  clock_gettime(clock, &seen);                 /* through libfaketime: the faked time */
  syscall(SYS_clock_gettime, clock, &kernel);  /* straight from the kernel */
  long long when = ns(faked) - (ns(&seen) - ns(&kernel));
  if (when < 0) when = 0;
  out.tv_sec = when / 1000000000LL;
  out.tv_nsec = when % 1000000000LL;
  return out;
}

int sem_clockwait(sem_t *sem, clockid_t clock, const struct timespec *abstime) {
  static int (*real)(sem_t *, clockid_t, const struct timespec *);
  if (!real) real = (int (*)(sem_t *, clockid_t, const struct timespec *))dlsym(RTLD_NEXT, "sem_clockwait");
  struct timespec deadline = kernel_deadline(clock, abstime);
  return real(sem, clock, &deadline);
}

int pthread_cond_clockwait(pthread_cond_t *cond, pthread_mutex_t *mutex, clockid_t clock,
                           const struct timespec *abstime) {
  static int (*real)(pthread_cond_t *, pthread_mutex_t *, clockid_t, const struct timespec *);
  if (!real)
    real = (int (*)(pthread_cond_t *, pthread_mutex_t *, clockid_t, const struct timespec *))dlsym(
        RTLD_NEXT, "pthread_cond_clockwait");
  struct timespec deadline = kernel_deadline(clock, abstime);
  return real(cond, mutex, clock, &deadline);
}

int pthread_mutex_clocklock(pthread_mutex_t *mutex, clockid_t clock, const struct timespec *abstime) {
  static int (*real)(pthread_mutex_t *, clockid_t, const struct timespec *);
  if (!real)
    real = (int (*)(pthread_mutex_t *, clockid_t, const struct timespec *))dlsym(RTLD_NEXT, "pthread_mutex_clocklock");
  struct timespec deadline = kernel_deadline(clock, abstime);
  return real(mutex, clock, &deadline);
}
