package org.outreachplanner.schedule;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The planner's scheduling settings of a team and of a village: read with GET, replaced as a whole
 * with PUT (fields left out take their defaults), checked by the database's constraints.
 */
@RestController
class SettingsController {

  private final PlannerSettingsService settings;

  SettingsController(PlannerSettingsService settings) {
    this.settings = settings;
  }

  @GetMapping("/api/schedules/settings/teams/{code}")
  TeamSettings team(@PathVariable String code) {
    return settings.team(code);
  }

  @PutMapping("/api/schedules/settings/teams/{code}")
  TeamSettings putTeam(@PathVariable String code, @RequestBody TeamSettings body) {
    return settings.replaceTeam(code, body);
  }

  @GetMapping("/api/schedules/settings/villages/{code}")
  VillageSettings village(@PathVariable String code) {
    return settings.village(code);
  }

  @PutMapping("/api/schedules/settings/villages/{code}")
  VillageSettings putVillage(@PathVariable String code, @RequestBody VillageSettings body) {
    return settings.replaceVillage(code, body);
  }
}
