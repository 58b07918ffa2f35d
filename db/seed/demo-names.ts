/**
 * Names for the demo job seekers: the mix of Enschede and Twente, where most people have
 * old Twente farm names and a good part of the city has Turkish, Moroccan, Syrian,
 * Eritrean or Polish roots. Each origin also says which languages a person speaks at home.
 */
export type Gender = 'f' | 'm';

export interface NameOrigin {
  key: 'twente' | 'turkish' | 'moroccan' | 'syrian' | 'eritrean' | 'polish';
  weight: number;
  female: readonly string[];
  male: readonly string[];
  lastNames: readonly string[];
  /** Language spoken at home besides Dutch (ISO 639-1), if any. */
  homeLanguage: string | null;
  /** Whether people of this origin mostly grew up in the Netherlands (Dutch at native level). */
  grewUpInNl: number;
}

export const nameOrigins: readonly NameOrigin[] = [
  {
    key: 'twente',
    weight: 70,
    female: [
      'Anja', 'Marieke', 'Sandra', 'Monique', 'Ingrid', 'Linda', 'Esther', 'Kim', 'Lisa', 'Femke',
      'Eline', 'Chantal', 'Wendy', 'Yvonne', 'Petra', 'Marloes', 'Janine', 'Bianca', 'Nicole',
      'Anouk', 'Iris', 'Debby', 'Mariska', 'Hennie', 'Gerda', 'Annemiek', 'Jolanda', 'Karin',
      'Renate', 'Miranda', 'Sharon', 'Manon', 'Lotte', 'Britt', 'Daniëlle', 'Ilona', 'Tineke',
    ],
    male: [
      'Jan', 'Gerrit', 'Bennie', 'Johan', 'Erik', 'Martijn', 'Ruud', 'Dennis', 'Marco', 'Jeroen',
      'Bart', 'Stefan', 'Tim', 'Niels', 'Rick', 'Sander', 'Mark', 'Wim', 'Harm', 'Herman', 'Bram',
      'Thijs', 'Gert-Jan', 'Roy', 'Patrick', 'Remco', 'Jordy', 'Luuk', 'Hans', 'Theo',
    ],
    lastNames: [
      'Nijhuis', 'Oude Egberink', 'Kuipers', 'Jansen', 'Wolters', 'Brinkman', 'Hofman', 'Kamphuis',
      'Lammertink', 'Nijland', 'Oude Vrielink', 'Pierik', 'Roelofs', 'Scholten', 'Smit', 'Tijhuis',
      'Velthuis', 'Wessels', 'Wiggers', 'Zwiers', 'Bosch', 'de Vries', 'Bakker', 'Hulshof',
      'Aarnink', 'Olthof', 'Beernink', 'Groot Wassink', 'Kleinsman', 'Morsink', 'Rouwhorst',
      'ter Haar', 'ten Dam', 'Leusink', 'Huisman', 'Nijenhuis', 'Mensink', 'Bruggink', 'Meijer',
      'Haverkate', 'Lenferink', 'Kroeze', 'Slot', 'Kottink', 'Assink', 'Boerrigter', 'Weusthof',
      'Oude Luttikhuis', 'Ten Brinke', 'Reimink', 'Hesselink', 'Wieggers', 'Heupink',
    ],
    homeLanguage: null,
    grewUpInNl: 1,
  },
  {
    key: 'turkish',
    weight: 12,
    female: ['Ayşe', 'Fatma', 'Elif', 'Zeynep', 'Esra', 'Hatice', 'Emine', 'Büşra'],
    male: ['Mehmet', 'Ahmet', 'Emre', 'Murat', 'Hakan', 'Burak', 'Serkan', 'Okan'],
    lastNames: ['Bulut', 'Yilmaz', 'Demir', 'Kaya', 'Çelik', 'Aydin', 'Öztürk', 'Doğan', 'Arslan', 'Koç', 'Şahin'],
    homeLanguage: 'tr',
    grewUpInNl: 0.8,
  },
  {
    key: 'moroccan',
    weight: 10,
    female: ['Fatima', 'Samira', 'Naima', 'Khadija', 'Hanane', 'Loubna', 'Nadia'],
    male: ['Mohamed', 'Youssef', 'Karim', 'Said', 'Bilal', 'Mounir', 'Hamid'],
    lastNames: ['El Idrissi', 'Bouzid', 'Ouali', 'Benali', 'El Khatib', 'Azzouz', 'Amrani', 'El Hamdaoui'],
    homeLanguage: 'ar',
    grewUpInNl: 0.8,
  },
  {
    key: 'syrian',
    weight: 4,
    female: ['Rama', 'Lina', 'Hiba', 'Amal'],
    male: ['Ahmad', 'Omar', 'Khaled', 'Rami'],
    lastNames: ['Haddad', 'Al-Hassan', 'Kassem', 'Al-Khalil', 'Mansour'],
    homeLanguage: 'ar',
    grewUpInNl: 0,
  },
  {
    key: 'eritrean',
    weight: 2,
    female: ['Rahel', 'Senait', 'Helen'],
    male: ['Dawit', 'Yonas', 'Samuel'],
    lastNames: ['Tesfay', 'Abraha', 'Gebremedhin', 'Haile'],
    homeLanguage: 'ti',
    grewUpInNl: 0,
  },
  {
    key: 'polish',
    weight: 2,
    female: ['Agnieszka', 'Katarzyna', 'Magdalena'],
    male: ['Piotr', 'Tomasz', 'Paweł'],
    lastNames: ['Nowak', 'Wójcik', 'Kowalczyk', 'Mazur'],
    homeLanguage: 'pl',
    grewUpInNl: 0,
  },
];

/** The part of an e-mail address a name turns into: 'Oude Egberink' -> 'oudeegberink', 'Çelik' -> 'celik'. */
export function mailName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}
