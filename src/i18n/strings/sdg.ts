import { registerStrings, type Strings } from '../translate';

const names: Array<[string, string]> = [
  ['Ingen fattigdom', 'No poverty'],
  ['Ingen hunger', 'Zero hunger'],
  ['Hälsa och välbefinnande', 'Good health and well-being'],
  ['God utbildning för alla', 'Quality education'],
  ['Jämställdhet', 'Gender equality'],
  ['Rent vatten och sanitet för alla', 'Clean water and sanitation'],
  ['Hållbar energi för alla', 'Affordable and clean energy'],
  ['Anständiga arbetsvillkor och ekonomisk tillväxt', 'Decent work and economic growth'],
  ['Hållbar industri, innovationer och infrastruktur', 'Industry, innovation and infrastructure'],
  ['Minskad ojämlikhet', 'Reduced inequalities'],
  ['Hållbara städer och samhällen', 'Sustainable cities and communities'],
  ['Hållbar konsumtion och produktion', 'Responsible consumption and production'],
  ['Bekämpa klimatförändringarna', 'Climate action'],
  ['Hav och marina resurser', 'Life below water'],
  ['Ekosystem och biologisk mångfald', 'Life on land'],
  ['Fredliga och inkluderande samhällen', 'Peace, justice and strong institutions'],
  ['Genomförande och globalt partnerskap', 'Partnerships for the goals'],
];

export const sdgStrings: Strings = {
  'sdg.title': { sv: 'Agenda 2030-mål', en: 'Agenda 2030 goals' },
  'sdg.tile': { sv: 'Mål {n}: {name}', en: 'Goal {n}: {name}' },
  ...Object.fromEntries(names.map(([sv, en], i) => [`sdg.${i + 1}`, { sv, en }])),
};

registerStrings(sdgStrings);
