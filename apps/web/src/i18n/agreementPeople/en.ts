import type { agreementPeopleFi } from './fi.ts';

export const agreementPeopleEn: Readonly<Record<keyof typeof agreementPeopleFi, string>> = {
  'owner.label': 'Who',
  'owner.none': 'Nobody named',
  'owner.people': "The workshop's people",
  'owner.other': 'Someone else (type the name)',
  'owner.otherName': 'Name',
  'owner.removed': '{name} (left)',

  'proposal.intro':
    'You can also propose items under each question. The facilitator accepts, edits or removes proposals.',
  'proposal.badge': 'Proposal',
  'proposal.by': 'Proposed by: {name}',
  'proposal.byYou': 'Your proposal. The facilitator accepts, edits or removes it.',
  'proposal.unknownPerson': 'a participant',
  'proposal.heading': 'Proposals ({count})',
  'proposal.accept': 'Accept',
  'proposal.acceptNamed': 'Accept the proposal: {text}',
  'proposal.accepted': 'The proposal was accepted: {section}',
  'proposal.label': 'Propose an item',
  'proposal.submit': 'Propose',
  'proposal.sending': 'Sending…',
  'proposal.sent': 'Proposal saved: {section}. The facilitator will handle it.',
  'proposal.reminder': "Do not write clients' names or other personal data.",
  'proposal.error.network':
    'The proposal could not be sent: no connection to the server. Your text is kept; try again.',
  'proposal.error.forbidden': 'Only a participant who has joined the workshop can propose items.',
  'proposal.error.other': 'The proposal was not saved. Try again.',

  'people.listed': 'Not joined yet',

  'calendar.download': 'Download to calendar (.ics)',
  'calendar.hint': 'The next meeting and the due dates of open items as a calendar file.',
  'calendar.none': 'Nothing for the calendar yet: give an item a date.',
  'calendar.fileName': 'agreements',
};
