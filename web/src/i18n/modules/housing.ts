/**
 * Texts of one area, kept apart so each area edits only its own file.
 * Danish first; English must have exactly the same keys.
 * Area: housing areas (boligområder) in Administration, and the TRIN
 * target group's housing-area reasons on the course.
 */
export const da = {
  'admin.housingAreas': 'Boligområder',
  'housing.title': 'Kommunens boligområder',
  'housing.intro':
    'Et boligområde afgrænses af hele postnumre og/eller adresser. TRIN-modellens målgruppe bor i et af områderne; borgerens registrerede adresse afgør, om den gør.',
  'housing.empty': 'Kommunen har ikke defineret nogen boligområder endnu, så TRIN-målgruppen kan ikke vurderes.',
  'housing.name': 'Navn',
  'housing.postcodes': 'Hele postnumre',
  'housing.postcodesHint': 'Fire cifre, adskilt af mellemrum eller komma. Alle adresser i postnummeret hører til området.',
  'housing.addresses': 'Adresser',
  'housing.addressesHint':
    'Én pr. linje: "Solbakken 1-48, 4300" (husnumre fra-til), "Solbakken 12, 4300" (én adresse) eller "Solbakken, 4300" (hele gaden).',
  'housing.create': 'Opret boligområde',
  'housing.editHeading': 'Ret boligområdet {name}',
  'housing.edit': 'Ret',
  'housing.editLabel': 'Ret {name}',
  'housing.delete': 'Slet',
  'housing.deleteLabel': 'Slet {name}',
  'housing.confirmDelete': 'Slet boligområdet {name}? Borgere med adresse her er derefter ikke i TRIN-målgruppen.',
  'housing.created': 'Boligområdet {name} er oprettet.',
  'housing.saved': 'Boligområdet {name} er gemt.',
  'housing.deleted': 'Boligområdet {name} er slettet.',
  'housing.nameRequired': 'Angiv et navn.',
  'housing.definitionRequired': 'Angiv mindst ét postnummer eller én adresse.',
  'housing.postcodeInvalid': 'Postnumre skal være fire cifre: {codes}.',
  'housing.lineInvalid': 'Linje {line}: {problem}',
  'housing.problem.format': 'skriv gade og eventuelt husnumre, et komma og postnummeret.',
  'housing.problem.postcode': 'postnummeret skal være fire cifre.',
  'housing.problem.street': 'angiv et gadenavn.',
  'housing.problem.number': 'husnumre skal være hele tal fra 1 til 9999.',
  'housing.problem.order': 'det første husnummer må ikke være større end det sidste.',
  'housing.addressCount': '{count} adresselinjer',

  'courses.eligibility.reason.area.inside': 'Borgerens adresse ligger i boligområdet {area}.',
  'courses.eligibility.reason.area.stated': 'Borgeren har ingen registreret adresse; forløbet angiver boligområdet {area}.',
  'courses.eligibility.reason.area.outside': 'Borgerens adresse ligger ikke i et af kommunens boligområder.',
  'courses.eligibility.reason.area.no_address': 'Borgeren har ingen adresse registreret, så bopælen kan ikke vurderes. Registrér adressen på borgeren.',
  'courses.eligibility.reason.area.no_areas': 'Kommunen har ikke defineret nogen boligområder, så bopælen kan ikke vurderes. En administrator opretter dem under Administration.',
} as const satisfies Record<string, string>;

export const en: Record<keyof typeof da, string> = {
  'admin.housingAreas': 'Housing areas',
  'housing.title': 'The municipality’s housing areas',
  'housing.intro':
    'A housing area is made of whole postcodes and/or addresses. The TRIN model’s target group lives in one of the areas; the citizen’s registered address decides whether they do.',
  'housing.empty': 'The municipality has not defined any housing areas yet, so the TRIN target group cannot be checked.',
  'housing.name': 'Name',
  'housing.postcodes': 'Whole postcodes',
  'housing.postcodesHint': 'Four digits, separated by spaces or commas. Every address in the postcode belongs to the area.',
  'housing.addresses': 'Addresses',
  'housing.addressesHint':
    'One per line: "Solbakken 1-48, 4300" (house numbers from-to), "Solbakken 12, 4300" (one address) or "Solbakken, 4300" (the whole street).',
  'housing.create': 'Create housing area',
  'housing.editHeading': 'Edit the housing area {name}',
  'housing.edit': 'Edit',
  'housing.editLabel': 'Edit {name}',
  'housing.delete': 'Delete',
  'housing.deleteLabel': 'Delete {name}',
  'housing.confirmDelete': 'Delete the housing area {name}? Citizens with an address there are then outside the TRIN target group.',
  'housing.created': 'The housing area {name} has been created.',
  'housing.saved': 'The housing area {name} has been saved.',
  'housing.deleted': 'The housing area {name} has been deleted.',
  'housing.nameRequired': 'Enter a name.',
  'housing.definitionRequired': 'Enter at least one postcode or one address.',
  'housing.postcodeInvalid': 'Postcodes must be four digits: {codes}.',
  'housing.lineInvalid': 'Line {line}: {problem}',
  'housing.problem.format': 'write the street and any house numbers, a comma and the postcode.',
  'housing.problem.postcode': 'the postcode must be four digits.',
  'housing.problem.street': 'enter a street name.',
  'housing.problem.number': 'house numbers must be whole numbers from 1 to 9999.',
  'housing.problem.order': 'the first house number must not be larger than the last.',
  'housing.addressCount': '{count} address lines',

  'courses.eligibility.reason.area.inside': 'The citizen’s address is in the housing area {area}.',
  'courses.eligibility.reason.area.stated': 'The citizen has no registered address; the course states the housing area {area}.',
  'courses.eligibility.reason.area.outside': 'The citizen’s address is not in any of the municipality’s housing areas.',
  'courses.eligibility.reason.area.no_address': 'The citizen has no address registered, so residence cannot be checked. Register the address on the citizen.',
  'courses.eligibility.reason.area.no_areas': 'The municipality has not defined any housing areas, so residence cannot be checked. An administrator creates them under Administration.',
};
