package org.sitrep.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DateWindow;
import org.sitrep.model.LinkProfile;

class StoryBuilderTest {
    private static final LocalDate DAY = LocalDate.of(2021, 6, 1);

    private static LinkProfile article(String id, int day, String text, String... features) {
        Map<String, Integer> counts = new HashMap<>();
        for (String f : features) {
            counts.merge(f, f.startsWith("e:") ? Profiles.NAME_WEIGHT : 1, Integer::sum);
        }
        return Profiles.of(id, "hash-" + id, DateWindow.day(DAY.plusDays(day)), counts, text, new float[384]);
    }

    private static List<String> ids(List<LinkProfile> story) {
        return story.stream().map(LinkProfile::id).sorted().toList();
    }

    /** Background articles so that document frequencies look like a corpus's. */
    private static List<LinkProfile> background() {
        List<LinkProfile> out = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            out.add(article("bg" + i, i * 40, "other news " + i, "w:market", "w:price" + i, "e:city" + i, "w:rain" + (i % 7)));
        }
        return out;
    }

    @Test
    void aFollowUpWeeksLaterIsItsOwnStoryThatFollowsTheFirstAndALookAlikeYearsLaterIsNeither() {
        List<LinkProfile> profiles = new ArrayList<>(background());
        String[] talks = {"w:talk", "w:ceasefire", "w:envoy", "e:harbour city", "e:north coalition", "e:river front"};
        profiles.add(article("talks-1", 0, "a", talks));
        profiles.add(article("talks-2", 1, "b", talks));
        profiles.add(article("talks-3", 2, "c", talks));
        profiles.add(article("round-2", 30, "d", talks));
        profiles.add(article("lookalike", 800, "e", talks));
        StoryBuilder.Grouping g = new StoryBuilder(false).group(profiles);
        int first = -1;
        int second = -1;
        int lookalike = -1;
        for (int k = 0; k < g.stories().size(); k++) {
            List<String> ids = ids(g.stories().get(k));
            first = ids.contains("talks-1") ? k : first;
            second = ids.contains("round-2") ? k : second;
            lookalike = ids.contains("lookalike") ? k : lookalike;
        }
        assertEquals(List.of("talks-1", "talks-2", "talks-3"), ids(g.stories().get(first)));
        assertEquals(List.of("round-2"), ids(g.stories().get(second)));
        assertEquals(List.of(first), g.follows().get(second), "the second round follows the first");
        assertEquals(List.of(), g.follows().get(lookalike), "two years on is not a follow-up");
    }

    @Test
    void aStoryGoesOnForWeeksWhileReportsKeepComing() {
        List<LinkProfile> profiles = new ArrayList<>(background());
        String[] siege = {"w:siege", "w:convoy", "w:hunger", "e:hill town", "e:east brigade", "e:relief agency"};
        for (int week = 0; week < 6; week++) {
            profiles.add(article("siege-" + week, week * 6, "s" + week, siege));
        }
        StoryBuilder.Grouping g = new StoryBuilder(false).group(profiles);
        List<String> story = g.stories().stream().map(StoryBuilderTest::ids).filter(ids -> ids.contains("siege-0")).findFirst().orElseThrow();
        assertEquals(6, story.size(), "a month of steady reports is one story: " + story);
    }

    @Test
    void aCopyJoinsItsOriginalsStory() {
        String text = "Fire crews fought a blaze at a warehouse on the edge of the port for most of the night, officials said, "
                + "and nearby homes were cleared while the smoke drifted over the old town and the motorway was closed.";
        List<LinkProfile> profiles = new ArrayList<>(background());
        profiles.add(article("original", 0, text, "w:fire", "e:port"));
        profiles.add(article("copy", 1, "(Agency) " + text, "w:blaze"));
        StoryBuilder.Grouping g = new StoryBuilder(false).group(profiles);
        assertEquals("original", g.originalOf().get("copy"));
        assertTrue(g.stories().stream().anyMatch(s -> ids(s).equals(List.of("copy", "original"))));
    }

    @Test
    void blockingFindsTheStoriesComparingEveryPairFinds() {
        Random random = new Random(11);
        List<LinkProfile> profiles = new ArrayList<>();
        for (int episode = 0; episode < 60; episode++) {
            int day = random.nextInt(200);
            String[] names = {"e:actor" + random.nextInt(40), "e:place" + random.nextInt(40), "w:kind" + random.nextInt(6)};
            int reports = 1 + random.nextInt(4);
            for (int r = 0; r < reports; r++) {
                profiles.add(article("x" + episode + "-" + r, day + random.nextInt(3), "t" + episode + r,
                        names[0], names[1], names[2], "w:said", "w:word" + random.nextInt(50)));
            }
        }
        List<List<String>> blocked = new StoryBuilder(false).group(profiles).stories().stream().map(StoryBuilderTest::ids).toList();
        List<List<String>> all = new StoryBuilder(true).group(profiles).stories().stream().map(StoryBuilderTest::ids).toList();
        assertEquals(all, blocked);
    }
}
