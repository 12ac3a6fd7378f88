package org.wenping.ops.demo;

import org.wenping.kernel.matter.AssessorMode;
import org.wenping.kernel.matter.MatterCategory;
import org.wenping.kernel.matter.Procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Draws the generated matters of the demo year from the templates by fixed quotas, so that the shares the
 * supervisors count (seed 002: policy ≥ 30 %, third-party ≥ 50 %) hold by construction, not by luck.
 */
final class ProfileGenerator {
    private static final Map<MatterCategory, Integer> CATEGORY_QUOTAS = new LinkedHashMap<>();

    static {
        CATEGORY_QUOTAS.put(MatterCategory.POLICY, 77);
        CATEGORY_QUOTAS.put(MatterCategory.PROJECT, 74);
        CATEGORY_QUOTAS.put(MatterCategory.REFORM, 30);
        CATEGORY_QUOTAS.put(MatterCategory.DECISION, 32);
        CATEGORY_QUOTAS.put(MatterCategory.ACTIVITY, 19);
    }

    private record Draft(MatterTemplate template, Place place, String title) {
    }

    private final Random random;
    private final List<Draft> drafts = new ArrayList<>();
    private final List<Fate> fates = new ArrayList<>();
    private final List<Procedure> procedures = new ArrayList<>();
    private final List<AssessorMode> modes = new ArrayList<>();
    private final List<Set<Twist>> twists = new ArrayList<>();

    private ProfileGenerator(Random random) {
        this.random = random;
    }

    /** The generated matters, in order of registration, numbered from {@code firstNumber}. */
    static List<MatterProfile> generate(Random random, Set<String> takenTitles, int firstNumber) {
        return new ProfileGenerator(random).draw(takenTitles, firstNumber);
    }

    private List<MatterProfile> draw(Set<String> takenTitles, int firstNumber) {
        CATEGORY_QUOTAS.forEach((category, quota) -> {
            List<MatterTemplate> templates = MatterTemplates.inCategory(category);
            while (quota-- > 0) drafts.add(uniqueDraft(templates, takenTitles));
        });
        drafts.forEach(draft -> twists.add(EnumSet.noneOf(Twist.class)));
        assignFates();
        procedures.addAll(shuffled(Map.of(Procedure.SIMPLIFIED, 34, Procedure.SPECIAL, 10, Procedure.STANDARD, 188)));
        List<AssessorMode> assessed = shuffled(Map.of(AssessorMode.THIRD_PARTY, 124, AssessorMode.SELF, 74));
        for (Procedure procedure : procedures) {
            modes.add(procedure == Procedure.SIMPLIFIED ? AssessorMode.SELF : assessed.remove(assessed.size() - 1));
        }
        List<LocalDate> dates = fates.stream().map(this::registrationDate).toList();
        assignTwists(dates);
        List<Integer> byRegistration = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) byRegistration.add(i);
        byRegistration.sort(Comparator.comparing(dates::get).thenComparing(i -> drafts.get(i).title()));
        List<MatterProfile> profiles = new ArrayList<>();
        for (int i : byRegistration) profiles.add(profile(i, firstNumber + profiles.size(), dates.get(i)));
        return profiles;
    }

    private Draft uniqueDraft(List<MatterTemplate> templates, Set<String> takenTitles) {
        while (true) {
            MatterTemplate template = templates.get(random.nextInt(templates.size()));
            Place place = template.places().get(random.nextInt(template.places().size()));
            String town = place.towns().get(random.nextInt(place.towns().size()));
            int capacity = List.of(10, 20, 30, 50, 100, 200).get(random.nextInt(6));
            String title = template.title(place, town, capacity);
            if (takenTitles.add(title)) return new Draft(template, place, title);
        }
    }

    private void assignFates() {
        List<Fate> activityFates = shuffled(Map.of(Fate.CLOSED, 12, Fate.IMPLEMENTED, 5, Fate.UNDER_ASSESSMENT, 2));
        List<Fate> otherFates = shuffled(Map.of(Fate.UNDER_ASSESSMENT, 14, Fate.INCIDENT_REASSESSING, 3,
                Fate.INCIDENT_REDECIDED, 5, Fate.NEW_RISK_REDECIDED, 2, Fate.PARTIAL, 5, Fate.CLOSED, 36,
                Fate.OVERRIDDEN, 2, Fate.IMPLEMENTED, 146));
        for (Draft draft : drafts) {
            List<Fate> pool = draft.template().category() == MatterCategory.ACTIVITY ? activityFates : otherFates;
            fates.add(pool.remove(pool.size() - 1));
        }
    }

    private void assignTwists(List<LocalDate> registeredOn) {
        IntPredicate decided = i -> fates.get(i) != Fate.UNDER_ASSESSMENT;
        IntPredicate simplified = i -> procedures.get(i) == Procedure.SIMPLIFIED;
        // Measures before the decision would make a B grade implementable (ABC): an override must stay one.
        IntPredicate lowered = decided.and(i -> fates.get(i) != Fate.OVERRIDDEN);
        assign(Twist.LOWERED_BY_MEASURES, 10, lowered.and(simplified.negate()));
        assign(Twist.REVIEW_FAILED_ONCE, 3, decided.and(simplified.negate()));
        assign(Twist.INCIDENT_DURING_ASSESSMENT, 1,
                i -> drafts.get(i).template().category() == MatterCategory.PROJECT && !simplified.test(i));
        assign(Twist.LATE_DECISION_FILING, 4, decided);
        assign(Twist.ESCALATED_BY_UNIT, 2, decided.and(simplified));
        assign(Twist.ESCALATED_BY_GRADE, 2, lowered.and(simplified).and(i -> twists.get(i).isEmpty()));
        IntPredicate implemented = i -> fates.get(i) == Fate.IMPLEMENTED;
        IntPredicate filed = i -> !twists.get(i).contains(Twist.DECISION_NOT_FILED);
        assign(Twist.DECISION_NOT_FILED, 3, implemented.and(i -> !twists.get(i).contains(Twist.LATE_DECISION_FILING)));
        // Registered by May, so that the measure was due long before the year ends.
        assign(Twist.MEASURE_NOT_CARRIED_OUT, 3,
                implemented.and(i -> registeredOn.get(i).isBefore(LocalDate.of(DemoLists.YEAR, 6, 1))));
        assign(Twist.OPINIONS_CORRECTED, 6, decided);
        assign(Twist.RECEIPT_CORRECTED, 4, decided.and(filed));
    }

    private void assign(Twist twist, int count, IntPredicate eligible) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) if (eligible.test(i)) candidates.add(i);
        Collections.shuffle(candidates, random);
        candidates.subList(0, count).forEach(i -> twists.get(i).add(twist));
    }

    private MatterProfile profile(int i, int number, LocalDate registeredOn) {
        Draft draft = drafts.get(i);
        MatterCategory category = draft.template().category();
        boolean partyCommittee = (category == MatterCategory.REFORM || category == MatterCategory.DECISION)
                && random.nextInt(3) == 0;
        return new MatterProfile(NamedMatters.id(number), draft.title(), category, draft.template().domain(),
                draft.place().unit(draft.template().department()), draft.place().decisionBody(partyCommittee),
                draft.place(), procedures.get(i), modes.get(i), registeredOn, fates.get(i),
                twists.get(i));
    }

    private LocalDate registrationDate(Fate fate) {
        LocalDate from = fate == Fate.UNDER_ASSESSMENT ? LocalDate.of(2026, 9, 1) : LocalDate.of(2026, 1, 5);
        LocalDate to = switch (fate) {
            case UNDER_ASSESSMENT -> LocalDate.of(2026, 11, 5);
            case CLOSED -> LocalDate.of(2026, 5, 31);
            case INCIDENT_REDECIDED, INCIDENT_REASSESSING, NEW_RISK_REDECIDED -> LocalDate.of(2026, 4, 20);
            default -> LocalDate.of(2026, 8, 25);
        };
        return from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
    }

    /** Each value as many times as its count says, in an order drawn from the seeded random. */
    private <T extends Comparable<T>> List<T> shuffled(Map<T, Integer> counts) {
        List<T> values = new ArrayList<>();
        counts.keySet().stream().sorted().forEach(value -> values.addAll(Collections.nCopies(counts.get(value), value)));
        Collections.shuffle(values, random);
        return values;
    }
}
