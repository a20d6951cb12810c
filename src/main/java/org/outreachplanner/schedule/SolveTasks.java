package org.outreachplanner.schedule;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The solve as a task of the job queue: its id is the plan's id, its data the request (JSON). A
 * worker that takes it over from a dead one runs it again on the same plan.
 */
@Configuration
class SolveTasks {

  /** The name of the task (in the instance's queue: {@code JobQueue.task}). */
  static final String NAME = "schedule-solve";

  @Bean
  Task<String> solveTask(SolveService solves) {
    return Tasks.oneTime(solves.task())
        .execute(
            (instance, context) ->
                solves.run(Long.parseLong(instance.getId()), instance.getData()));
  }
}
