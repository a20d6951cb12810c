package org.outreachplanner.traveltime;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import org.outreachplanner.i18n.Text;

/**
 * A place that cannot be reached from its commune centre, or cannot reach it, and why.
 *
 * @param kind village, commune_centre or team_base
 * @param code its code
 * @param name its name
 * @param communeCode its commune
 * @param direction which way fails: "both", "from_centre" (the centre cannot reach it) or
 *     "to_centre" (it cannot reach the centre); "pair" when it explains one pair of places
 * @param reason not_attached, centre_not_attached, other_component, closed, no_passage or
 *     beyond_limit
 * @param explanation the reason in plain words of the reader's language
 * @param closures for reason closed: the names of the closures that cut the way
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UnreachablePlace(
    String kind,
    String code,
    String name,
    String communeCode,
    String direction,
    String reason,
    Text explanation,
    List<String> closures) {}
