package io.crmkit.core.port;

import io.crmkit.core.lead.Lead;

import java.util.List;
import java.util.Set;

/**
 * Finds the stored leads a new lead may duplicate, for duplicate checks at capture. An adapter returns at least the
 * stored leads that share one of {@code blockingKeys} (index them by the keys the matcher gives each lead when it is
 * saved); returning more is allowed, only slower. The matcher then decides.
 */
public interface DuplicateCandidates {

    /** The stored leads sharing at least one of {@code blockingKeys}, in any order. */
    List<Lead> sharingAnyKey(Set<String> blockingKeys);
}
