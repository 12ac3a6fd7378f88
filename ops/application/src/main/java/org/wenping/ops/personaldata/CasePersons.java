package org.wenping.ops.personaldata;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wenping.kernel.RecordEvent;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.legalcase.CaseListedEvent;
import org.wenping.kernel.legalcase.PersonalDataErasedEvent;
import org.wenping.kernel.personal.SealedPersonalData;
import org.wenping.ops.personal.Erasure;
import org.wenping.ops.personal.PersonalDataKey;
import org.wenping.ops.personal.PersonalDataKeys;
import org.wenping.ops.personal.Restriction;
import org.wenping.ops.personal.SealBrokenException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Opens the sealed persons of one case for one reader. An erasure recorded in the case's history is honoured even
 * before the key store has carried it out; a restricted person opens for the named role only.
 */
final class CasePersons {
    private static final Logger log = LoggerFactory.getLogger(CasePersons.class);
    private final PersonalDataKeys keys;

    CasePersons(PersonalDataKeys keys) {
        this.keys = keys;
    }

    List<CasePerson> of(CaseListedEvent listing, List<RecordEvent> history, Role reader) {
        Map<String, PersonalDataErasedEvent> erasures = history.stream()
                .filter(PersonalDataErasedEvent.class::isInstance).map(PersonalDataErasedEvent.class::cast)
                .collect(Collectors.toMap(PersonalDataErasedEvent::keyId, Function.identity(), (first, later) -> first));
        return listing.persons().stream().map(sealed -> {
            PersonalDataErasedEvent erased = erasures.get(sealed.keyId());
            return erased != null ? CasePerson.withheld(sealed.keyId(), PersonShown.ERASED, erased.legalGround())
                    : opened(sealed, reader);
        }).toList();
    }

    private CasePerson opened(SealedPersonalData sealed, Role reader) {
        Optional<PersonalDataKey> key = keys.find(sealed.keyId());
        if (key.isEmpty()) return CasePerson.withheld(sealed.keyId(), PersonShown.UNREADABLE, null);
        String ground = key.get().restriction().map(Restriction::ground)
                .or(() -> key.get().erasure().map(Erasure::ground)).orElse(null);
        return switch (key.get().state()) {
            case ERASED -> CasePerson.withheld(sealed.keyId(), PersonShown.ERASED, ground);
            case RESTRICTED, ACTIVE -> key.get().readableBy(reader) ? open(sealed, ground)
                    : CasePerson.withheld(sealed.keyId(), PersonShown.RESTRICTED, ground);
        };
    }

    private CasePerson open(SealedPersonalData sealed, String ground) {
        try {
            return keys.open(sealed).map(details -> CasePerson.open(sealed.keyId(), details, ground))
                    .orElseGet(() -> CasePerson.withheld(sealed.keyId(), PersonShown.ERASED, ground));
        } catch (SealBrokenException e) {
            log.warn("涉案人员 {} 的个人信息无法解密:{}", sealed.keyId(), e.getMessage());
            return CasePerson.withheld(sealed.keyId(), PersonShown.UNREADABLE, null);
        }
    }
}
