import type { StatementMessages } from './fi.ts';

export const statementEn: StatementMessages = {
  'statement.link': 'Accessibility statement',
  'statement.title': 'Accessibility statement',
  'statement.intro':
    'This statement covers the Avaa client process service at {address}. The service is run by {operator}. The requirements come from the Act on the Provision of Digital Services (306/2019) and levels A and AA of WCAG 2.1.',
  'statement.operatorUnknown': 'the organisation that set up this server',
  'statement.status.heading': 'Compliance status',
  'statement.status.text':
    'The service partially meets the accessibility requirements. The gaps below are known and being fixed; none of them is left unfixed on the grounds of disproportionate burden.',
  'statement.conforms.heading': 'What is accessible',
  'statement.conforms.keyboard': 'Every step of a workshop works with the keyboard, and focus is never trapped.',
  'statement.conforms.contrast':
    'Text contrast is sufficient on every note colour, and no information relies on colour alone.',
  'statement.conforms.reflow': 'Pages work on a screen 320 pixels wide without scrolling sideways.',
  'statement.conforms.zoom':
    'Text can be zoomed to 200 %: the projector view then scrolls and shows every note and heading in full.',
  'statement.conforms.announce':
    'Screen readers are told of others’ changes (notes added, edited, moved and deleted), summarised, and of a vote opening and closing.',
  'statement.conforms.focus':
    'After every action, focus goes where a keyboard user expects it (the moved note, the new page’s heading, the button that replaced the one pressed), and a page change is announced to screen readers.',
  'statement.conforms.table':
    'Screen readers recognise the table as a table (phases as columns, dimensions as rows), a shortcut moves from cell to cell, and the table can also be shown as a list.',
  'statement.conforms.languages': 'The service can be used in Finnish, Swedish and English.',
  'statement.conforms.exports': 'The table’s content is also available as text (Markdown and CSV).',
  'statement.conforms.pdf':
    'The PDFs (the table, the poster, the cards, the blank template, the agreements memo) are tagged documents: they have a language, a title, headings and a logical reading order (phase, dimension, the notes in order), and decoration is marked to be skipped.',
  'statement.gaps.heading': 'Content that is not accessible',
  'statement.gaps.label': 'Known issues',
  'statement.gap.pdfUnchecked':
    'The PDFs are structured (language, title, heading levels, reading order), but their conformance with PDF/UA has not yet been checked with a validator. The same content is accessible on the pages and in the Markdown export.',
  'statement.gap.macJump':
    'The Ctrl + arrow shortcut from cell to cell does not work on macOS, where the system uses it. Cells can also be reached with Tab and through the headings of the list view.',
  'statement.gap.photoUntyped':
    'A note added from a photo of the paper table whose text was not typed holds only an image of the handwriting: a screen reader says only that the note has a photo. When adding, the notes without text are gathered to be typed one by one, and the text can be typed on the note later too.',
  'statement.feedback.heading': 'Feedback on accessibility',
  'statement.feedback.text':
    'Did you notice a gap that is not listed? You can also ask for content that is not in an accessible form. The organisation running the service must reply within two weeks.',
  'statement.feedback.email': 'E-mail:',
  'statement.feedback.form': 'Feedback form',
  'statement.feedback.none':
    'Whoever runs this server has not given a feedback address. Give your feedback to the workshop’s organiser who gave you the link.',
  'statement.supervisor.heading': 'Supervisory authority',
  'statement.supervisor.text':
    'If you are not satisfied with the reply, or get no reply within two weeks, you can report it to the supervisory authority.',
  'statement.supervisor.name': 'Finnish Transport and Communications Agency Traficom, accessibility supervision',
  'statement.supervisor.site': 'Website:',
  'statement.supervisor.phone': 'Telephone (switchboard): +358 29 534 5000',
  'statement.assessed.heading': 'How this statement was made',
  'statement.assessed.text':
    'Accessibility was last assessed on {date} as a self-assessment: automated axe-core checks of pages and states in Finnish and Swedish, keyboard use, a 320-pixel screen and zoom. The statement was updated the same day.',
};
