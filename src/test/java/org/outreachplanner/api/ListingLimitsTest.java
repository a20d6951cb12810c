package org.outreachplanner.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

class ListingLimitsTest {

  private final ListingLimits limits = new ListingLimits(1000, 20000);

  @Test
  void defaultsToTheDefaultLimitFromTheStart() {
    assertThat(limits.paging(null, null)).isEqualTo(new Paging(1000, 0));
  }

  @Test
  void keepsALimitUpToTheMaximumAndReducesALargerOne() {
    assertThat(limits.paging("1", "0")).isEqualTo(new Paging(1, 0));
    assertThat(limits.paging("20000", "40")).isEqualTo(new Paging(20000, 40));
    assertThat(limits.paging("20001", null)).isEqualTo(new Paging(20000, 0));
    assertThat(limits.paging("+99999999999999999999999999", null)).isEqualTo(new Paging(20000, 0));
  }

  @Test
  void refusesWhatIsNotAWholeNumberInRange() {
    for (String limit : new String[] {"0", "-1", "1.0", "ten", "", " ", "1e3", "0x10"}) {
      assertThatThrownBy(() -> limits.paging(limit, null))
          .as(limit)
          .isInstanceOf(ResponseStatusException.class)
          .hasMessageContaining("limit must be a whole number of at least 1");
    }
    assertThatThrownBy(() -> limits.paging(null, "-5"))
        .hasMessageContaining("offset must be a whole number of at least 0");
    assertThatThrownBy(() -> limits.paging(null, "1000000001"))
        .hasMessageContaining("offset must be at most 1000000000");
  }

  @Test
  void refusesADefaultAboveTheMaximum() {
    assertThatThrownBy(() -> new ListingLimits(50, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void linksCarryTheFiltersThePageAndTheNextOffset() {
    UriComponentsBuilder query =
        UriComponentsBuilder.fromUriString("http://localhost:8080/api/villages")
            .queryParam("commune", "xã Thu Lũm");
    Paging paging = new Paging(50, 100);

    assertThat(paging.selfHref(query))
        .isEqualTo(
            "http://localhost:8080/api/villages?commune=x%C3%A3%20Thu%20L%C5%A9m&limit=50&offset=100");
    assertThat(paging.nextHref(query))
        .isEqualTo(
            "http://localhost:8080/api/villages?commune=x%C3%A3%20Thu%20L%C5%A9m&limit=50&offset=150");
    assertThat(new Paging(5, 0).selfHref(query)).endsWith("&limit=5");
  }
}
