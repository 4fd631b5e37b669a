import { defineErrors } from './define-errors';

/** Joining a team from a phone, rosters, PINs and the organizer's approvals. */
export const MEMBER_ERRORS = defineErrors({
  JOIN_CODE_INVALID: { status: 404, zh: '加入码无效', en: 'Unknown join code' },
  CONTEST_ARCHIVED_NO_JOIN: { status: 409, zh: '竞赛已归档，不能加入', en: 'The contest is archived: joining is closed' },
  NAME_REQUIRED: { status: 400, zh: '请输入姓名', en: 'Enter your name' },
  NOT_ON_ROSTER: { status: 403, zh: '“{name}”不在{team}的名单中，请核对姓名或联系组织者', en: `"{name}" is not on {team}'s roster: check the name or ask the organizer` },
  TEAM_FULL: { status: 409, zh: '{team}已满员（{cap} 人），请联系组织者', en: '{team} is full ({cap} members): ask the organizer' },
  JOIN_RETRY: { status: 409, zh: '请重试', en: 'Please try again' },
  MEMBER_REMOVED: { status: 403, zh: '您已被组织者移出本队', en: 'You were removed from this team by the organizer' },
  /** The name joined on another phone; with `requestId` the organizer can approve this phone instead. */
  REJOIN_NEEDS_PIN: {
    status: 409,
    zh: '“{name}”已加入。换手机继续请输入 PIN',
    en: `"{name}" has already joined: enter the member's PIN to continue on this phone`,
  },
  PIN_RATE_LIMITED: {
    status: 429,
    zh: 'PIN 错误次数过多，请 {minutes} 分钟后再试或请组织者批准',
    en: 'Too many wrong PINs: try again in {minutes} minute(s) or ask the organizer',
  },
  PIN_WRONG: { status: 403, zh: 'PIN 不正确', en: 'Wrong PIN' },
  JOIN_REQUEST_NOT_FOUND: { status: 404, zh: '申请不存在', en: 'Request not found' },
  JOIN_DENIED: { status: 403, zh: '组织者未批准', en: 'The organizer did not approve this phone' },
  APPROVAL_STALE: { status: 403, zh: '该批准已失效', en: 'This approval no longer applies' },
  JOIN_REQUEST_DECIDED: { status: 409, zh: '该申请已处理', en: 'This request was already decided' },
  ROSTER_EMPTY: { status: 400, zh: '名单不能为空', en: 'The roster is empty' },
  MEMBER_NOT_FOUND: { status: 404, zh: '选手不存在', en: 'Member not found' },
});
