package dev.shoprules.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Response times count buyer messages in the platform's service hours (reply-kpi figures), half-open, Asia/Shanghai. */
class ServiceHoursTest {
    static Scorecard shop(Scorecards s, TestCase c) {
        return s.run(List.of(c.facts())).groups().get(0);
    }

    static Scorecard shop(TestCase c) {
        return shop(Scorecards.builder().by(GroupBy.SHOP).build(), c);
    }

    @Test
    void tmallAssessesNineToElevenHalfOpen() {
        Scorecard s = shop(TestCase.of("tmall")
                .chat("c-1", "b-1", "B 08:59:59", "A:a 09:00:09")      // before 09:00: not timed
                .chat("c-2", "b-1", "B 09:00:00", "A:a 09:00:20")      // 20 s, timed
                .chat("c-3", "b-1", "B 22:59:59", "A:a 23:00:59")      // asked in hours, answered after: 60 s, timed
                .chat("c-4", "b-1", "B 23:00:00", "A:a 23:00:05"));    // 23:00 closes the window: not timed
        assertThat(s.counts().answered()).isEqualTo(2);
        assertThat(s.metrics()).containsEntry("avg-response", new BigDecimal("40.0"))
                .containsEntry("rate-30s", new BigDecimal("0.50")).containsEntry("first-response", new BigDecimal("40.0"))
                .containsEntry("inquiries", 1L).containsEntry("reply-rate", new BigDecimal("1.00"));
    }

    @Test
    void pddOpensAtEight() {
        Scorecard s = shop(TestCase.of("pdd").chat("c-1", "b-1", "B 08:00:00", "A:a 08:00:40"));
        assertThat(s.metrics()).containsEntry("avg-response", new BigDecimal("40.0"));
        Scorecard t = shop(TestCase.of("tmall").chat("c-1", "b-1", "B 08:00:00", "A:a 08:00:40"));
        assertThat(t.metrics()).containsEntry("avg-response", null).containsEntry("rate-30s", null)
                .containsEntry("first-response", null);
        assertThat(t.bands()).containsEntry("avg-response", null);
        assertThat(t.met()).containsEntry("avg-response", null).containsEntry("reply-rate", true);
    }

    @Test
    void serviceHoursAreTheReplyKpiParameters() {
        Scorecards early = Scorecards.builder().by(GroupBy.SHOP).set("tmall.reply-kpi.service-start", 8).build();
        Scorecard s = shop(early, TestCase.of("tmall").chat("c-1", "b-1", "B 08:00:00", "A:a 08:00:40"));
        assertThat(s.metrics()).containsEntry("avg-response", new BigDecimal("40.0"));
    }

    @Test
    void aMessageStillWaitingAtAsOfIsNotLateYetAndRepliesAfterAsOfDoNotExist() {
        Scorecard s = shop(TestCase.of("tmall").asOf("10:00:20").chat("c-1", "b-1",
                "B 10:00:00",                       // 20 s waiting at asOf: not judged by the 30 s rate yet
                "A:a 10:00:40"));                   // after asOf: not a reply yet
        assertThat(s.counts().decided30s()).isZero();
        assertThat(s.counts().decided3min()).isZero();
        assertThat(s.metrics()).containsEntry("rate-30s", null).containsEntry("reply-rate", new BigDecimal("0.00"))
                .containsEntry("inquiries", 1L);
        Scorecard late = shop(TestCase.of("tmall").asOf("10:01:00").chat("c-1", "b-1", "B 10:00:00"));
        assertThat(late.metrics()).containsEntry("rate-30s", new BigDecimal("0.00")).containsEntry("rate-3min", null);
    }

    @Test
    void anAutoReplyAnswersNoOne() {
        Scorecard s = shop(TestCase.of("tmall").chat("c-1", "b-1", "B 10:00:00", "R 10:00:01", "A:a 10:01:40"));
        assertThat(s.metrics()).containsEntry("avg-response", new BigDecimal("100.0"))
                .containsEntry("rate-30s", new BigDecimal("0.00"));
        assertThat(s.bands()).containsEntry("avg-response", Band.POOR);   // 100 s is poor
    }

    @Test
    void bandsFollowTheSeedsThirtySixtyAndHundredSeconds() {
        assertThat(band(30)).isEqualTo(Band.GOOD);
        assertThat(band(31)).isEqualTo(Band.NORMAL);
        assertThat(band(60)).isEqualTo(Band.NORMAL);
        assertThat(band(61)).isEqualTo(Band.SLOW);
        assertThat(band(99)).isEqualTo(Band.SLOW);
        assertThat(band(100)).isEqualTo(Band.POOR);
    }

    private static Band band(int seconds) {
        String reply = java.time.LocalTime.of(10, 0).plusSeconds(seconds).toString();
        reply = reply.length() == 5 ? reply + ":00" : reply;
        return shop(TestCase.of("tmall").chat("c-1", "b-1", "B 10:00:00", "A:a " + reply)).bands().get("avg-response");
    }

    @Test
    void daysAreCalendarDaysInShanghai() {
        // 23:59:59 and 00:00:00 the next day (+08:00) fall on two days; a buyer falls on the day it first asked.
        ScorecardReport r = Scorecards.builder().by(GroupBy.DAY).build().run(List.of(TestCase.of("tmall")
                .asOf("2026-11-04T12:00:00+08:00")
                .chat("c-1", "b-1", "B 2026-11-02T15:59:59Z", "A:a 2026-11-02T16:00:10Z").facts()));
        assertThat(r.groups()).extracting(Scorecard::key).containsExactly("2026-11-02");
        ScorecardReport two = Scorecards.builder().by(GroupBy.DAY).set("tmall.reply-kpi.service-start", 0)
                .set("tmall.reply-kpi.service-end", 24).build().run(List.of(TestCase.of("tmall")
                        .asOf("2026-11-04T12:00:00+08:00")
                        .chat("c-1", "b-1", "B 2026-11-02T23:59:59+08:00", "A:a 2026-11-03T00:00:09+08:00",
                                "B 2026-11-03T00:00:00+08:00", "A:a 2026-11-03T00:00:30+08:00").facts()));
        assertThat(two.groups()).extracting(Scorecard::key).containsExactly("2026-11-02", "2026-11-03");
        assertThat(two.groups().get(0).counts().buyersAsked()).isEqualTo(1);
        assertThat(two.groups().get(1).counts().buyersAsked()).isZero();
        assertThat(two.groups().get(1).counts().answered()).isEqualTo(1);
    }
}
