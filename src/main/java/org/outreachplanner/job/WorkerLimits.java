package org.outreachplanner.job;

import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerProperties;
import java.time.Duration;
import org.outreachplanner.ProcessOwner;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The limits of one worker (outreach.workers.*, application.properties) given to db-scheduler: how
 * many tasks it runs at once (0: one per processor core, and never more than the heap holds at
 * {@code memory-per-task-mb} each), how often it says it is alive, and after how many silent beats
 * its tasks are taken over by another worker.
 */
@Component
class WorkerLimits implements BeanPostProcessor, EnvironmentAware {

  private Environment env;

  @Override
  public void setEnvironment(Environment environment) {
    this.env = environment;
  }

  @Override
  public Object postProcessBeforeInitialization(Object bean, String name) {
    if (bean instanceof DbSchedulerProperties p) {
      p.setThreads(
          tasksAtOnce(
              env.getProperty("outreach.workers.tasks", Integer.class, 0),
              env.getProperty("outreach.workers.memory-per-task-mb", Integer.class, 0),
              Runtime.getRuntime().availableProcessors(),
              Runtime.getRuntime().maxMemory() / (1024 * 1024)));
      p.setHeartbeatInterval(
          env.getProperty("outreach.workers.heartbeat", Duration.class, Duration.ofSeconds(10)));
      p.setMissedHeartbeatsLimit(
          env.getProperty("outreach.workers.missed-beats", Integer.class, 6));
      ProcessOwner me = ProcessOwner.CURRENT;
      // the name a task's row shows as its worker's: host and process, as the plans show theirs
      p.setSchedulerName(me.host() + "/" + me.pid());
      p.setPollingInterval(
          env.getProperty("outreach.workers.poll", Duration.class, Duration.ofSeconds(2)));
    }
    return bean;
  }

  /**
   * Tasks run at once: {@code tasks} (0: {@code cores}), at most as many as {@code heapMb} holds at
   * {@code mbPerTask} each (0: no memory limit), and at least one.
   */
  static int tasksAtOnce(int tasks, int mbPerTask, int cores, long heapMb) {
    int n = tasks > 0 ? tasks : cores;
    if (mbPerTask > 0) {
      n = (int) Math.min(n, heapMb / mbPerTask);
    }
    return Math.max(1, n);
  }
}
