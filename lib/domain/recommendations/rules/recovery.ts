import type { Candidate, Reason, RuleContext } from '../types.js';

/**
 * Service recovery: an open complaint is met by the general manager; a resolved one still
 * owes its follow-up call; and (with profiling consent) hostages, defectors and guests
 * likely to lapse get a welcome gesture and a call after the stay.
 */
export function recoveryRule(context: RuleContext): Candidate[] {
  const candidates: Candidate[] = [];
  const complaints = context.guest?.complaints;
  for (const open of complaints?.open ?? []) {
    candidates.push({
      type: 'service_recovery',
      action: context.text('ACTION_GM_WELCOME', { id: open.complaintId }),
      details: { complaintId: open.complaintId, category: open.category, severity: open.severity },
      priority: context.audience === 'key' || open.severity === 'high' ? 100 : 95,
      cost: context.config.perkCosts.recovery,
      obligation: true,
      reasons: [context.reason('OPEN_COMPLAINT_LAST_STAY', { id: open.complaintId, category: open.category })],
    });
  }
  for (const resolved of complaints?.awaitingFollowUp ?? []) {
    candidates.push({
      type: 'service_recovery',
      action: context.text('ACTION_FOLLOW_UP_CALL', { id: resolved.complaintId }),
      details: { complaintId: resolved.complaintId, category: resolved.category },
      priority: 90,
      cost: 0,
      obligation: true,
      reasons: [context.reason('COMPLAINT_AWAITING_FOLLOW_UP', { id: resolved.complaintId })],
    });
  }
  const gesture = context.profiling ? riskReasons(context) : [];
  if (gesture.length > 0) {
    candidates.push({
      type: 'service_recovery',
      action: context.text('ACTION_RECOVERY_GESTURE'),
      details: { quadrant: context.guest?.score?.quadrant ?? null },
      priority: 88,
      cost: context.config.perkCosts.recovery,
      obligation: false,
      reasons: gesture,
    });
  }
  return candidates;
}

function riskReasons(context: RuleContext): Reason[] {
  const score = context.guest?.score;
  if (!score) return [];
  const reasons: Reason[] = [];
  if (score.quadrant === 'hostage') reasons.push(context.reason('HOSTAGE_NEEDS_RECOVERY'));
  if (score.quadrant === 'defector') reasons.push(context.reason('DEFECTOR_AT_RISK'));
  const pAlive = score.clv.pAlive;
  if (pAlive !== null && pAlive < 0.5 && (context.guest?.summary.completedStays ?? 0) >= 2) {
    reasons.push(context.reason('AT_RISK_OF_LAPSING', { pAlive: pAlive.toFixed(2) }));
  }
  return reasons;
}
