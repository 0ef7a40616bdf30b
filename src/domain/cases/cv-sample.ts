/** A realistic CV used by the CV, print and PDF tests. */
export const sampleCv = {
  profile: 'Stabil og mødestabil, glad for fysisk arbejde.',
  workExperience: [{ employer: 'Netto Holbæk', title: 'Butiksassistent', from: '2015-03', to: '2018-08', tasks: 'Varepåfyldning\nKasse' }],
  education: [{ institution: 'EUC Nordvest', title: 'Grundforløb, anlægsgartner', from: '2012-08', to: null, completed: false }],
  courses: [{ title: 'Truckcertifikat', provider: 'AMU', year: 2019 }],
  competences: ['Truckkørsel', 'Kundeservice'],
  leisure: 'Fiskeri og fodbold',
  languages: [{ language: 'Dansk', level: 'native' }],
  drivingLicence: ['B'],
};
