package org.ratingspipeline.statistics;

import java.util.Optional;
import org.ratingspipeline.authority.LocalAuthority;
import org.ratingspipeline.authority.Region;

/** An authority that existed on the reporting date, with its latest judgement if it had one by then. */
public record AuthorityJudgement(LocalAuthority authority, Region region, Optional<LatestJudgement> judgement) {
}
