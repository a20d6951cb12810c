package org.outreachplanner.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Completes the placed villages with their population (meeting the province's or the commune's
 * published totals), grid power, ethnic groups and a note on how they are reached.
 */
final class VillageAssembler {

  private static final double SHARE_WITHOUT_GRID_POWER = 0.08;
  private static final String FOOTPATH_ONLY_NOTE = "Chỉ có đường mòn, phải đi bộ";
  private static final String NO_ROAD_NOTE = "Chưa có đường, phải đi bộ qua rừng";

  private final RandomStreams streams;

  VillageAssembler(RandomStreams streams) {
    this.streams = streams;
  }

  List<List<Village>> assemble(
      List<Commune> communes, List<List<VillageSite>> sites, RoadNetwork roads) {
    List<List<Population>> populations = populations(communes, sites);
    List<List<Village>> villages = new ArrayList<>(communes.size());
    for (Commune commune : communes) {
      int c = commune.index();
      villages.add(
          communeVillages(commune, sites.get(c), populations.get(c), roads.of(c).access()));
    }
    return villages;
  }

  /** Communes with totals of their own get them; the others share their province's totals. */
  private List<List<Population>> populations(
      List<Commune> communes, List<List<VillageSite>> sites) {
    List<List<Population>> result = new ArrayList<>(communes.size());
    List<Commune> sharing = new ArrayList<>();
    for (Commune commune : communes) {
      Totals own = commune.spec().totals();
      result.add(
          own == null
              ? null
              : PopulationAssigner.assign(
                  commune.spec().villageCount(),
                  own,
                  streams.stream("population", commune.index())));
      if (own == null) {
        sharing.add(commune);
      }
    }
    // communes of a province are consecutive; records compare by value, hence the identity checks
    for (int first = 0, end; first < sharing.size(); first = end) {
      ProvinceSpec province = sharing.get(first).province();
      end = first;
      while (end < sharing.size() && sharing.get(end).province() == province) {
        end++;
      }
      List<Commune> members = sharing.subList(first, end);
      int villageCount = members.stream().mapToInt(c -> sites.get(c.index()).size()).sum();
      List<Population> all =
          PopulationAssigner.assign(
              villageCount,
              province.totals(),
              streams.stream("population-province", members.get(0).index()));
      int offset = 0;
      for (Commune member : members) {
        int count = sites.get(member.index()).size();
        result.set(member.index(), all.subList(offset, offset + count));
        offset += count;
      }
    }
    return result;
  }

  private List<Village> communeVillages(
      Commune commune, List<VillageSite> sites, List<Population> populations, RoadAccess[] access) {
    SplittableRandom random = streams.stream("village-details", commune.index());
    boolean[] withoutPower = withoutGridPower(commune.spec(), sites, random);
    List<Village> villages = new ArrayList<>(sites.size());
    for (int v = 0; v < sites.size(); v++) {
      villages.add(
          new Village(
              sites.get(v),
              commune.code(),
              populations.get(v),
              withoutPower[v] ? "no" : "yes",
              ethnicGroups(commune.spec().ethnicGroups(), v == 0, random),
              note(access[v]),
              access[v]));
    }
    return villages;
  }

  /** The remotest villages are the ones the grid has not reached. */
  private static boolean[] withoutGridPower(
      CommuneSpec spec, List<VillageSite> sites, SplittableRandom random) {
    int n = sites.size();
    double[] remoteness = new double[n];
    for (int v = 0; v < n; v++) {
      remoteness[v] = sites.get(v).distanceFromCentreMetres() * random.nextDouble(0.75, 1.25);
    }
    int count =
        spec.villagesWithoutGridPower() != null
            ? spec.villagesWithoutGridPower()
            : (int) Math.floor(SHARE_WITHOUT_GRID_POWER * n + random.nextDouble());
    boolean[] without = new boolean[n];
    IntStream.range(0, n)
        .boxed()
        .sorted(Comparator.comparingDouble((Integer v) -> -remoteness[v]).thenComparing(v -> v))
        .limit(count)
        .forEach(v -> without[v] = true);
    return without;
  }

  /** Mostly the commune's largest group; the village at the centre also has Kinh families. */
  private static String ethnicGroups(
      List<String> groups, boolean atCentre, SplittableRandom random) {
    String main =
        random.nextDouble() < 0.6 ? groups.get(0) : groups.get(random.nextInt(groups.size()));
    List<String> present = new ArrayList<>(List.of(main));
    String other = groups.get(random.nextInt(groups.size()));
    if (random.nextDouble() < 0.3 && !present.contains(other)) {
      present.add(other);
    }
    if (atCentre) {
      present.add("Kinh");
    }
    return String.join(";", present);
  }

  private static String note(RoadAccess access) {
    return switch (access) {
      case ROAD -> "";
      case FOOTPATH_ONLY -> FOOTPATH_ONLY_NOTE;
      case NONE -> NO_ROAD_NOTE;
    };
  }
}
