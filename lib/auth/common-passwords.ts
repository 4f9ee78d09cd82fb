// Passwords of 10+ characters that top the public lists of leaked passwords (and their Dutch
// counterparts), shipped with the app so the check needs no network. Shorter ones are refused by
// length already. Compared in lower case.
export const commonPasswords: readonly string[] = [
  "1234567890", "0123456789", "0987654321", "9876543210", "1122334455", "1234512345", "1111111111", "0000000000",
  "2222222222", "5555555555", "6666666666", "7777777777", "8888888888", "9999999999", "1212121212", "1231231234",
  "12345678910", "123456789a", "a123456789", "123456789q", "q123456789", "1q2w3e4r5t", "1q2w3e4r5t6y", "q1w2e3r4t5",
  "1qaz2wsx3edc", "qazwsxedc123", "qwertyuiop", "qwertyuiop1", "qwerty1234", "qwerty12345", "qwerty123456", "1234qwerty",
  "asdfghjkl1", "asdfghjkl;", "zxcvbnm123", "1234567890q", "azertyuiop", "poiuytrewq", "abcdefghij", "abcdefg123",
  "abc1234567", "abcd123456", "abcde12345", "aaaaaaaaaa", "password12", "password123", "password1234", "password12345",
  "password!!", "password1!", "passw0rd123", "p@ssw0rd123", "p@ssword123", "mypassword", "mypassword1", "newpassword",
  "newpassword1", "yourpassword", "thepassword", "passwordpassword", "password01", "password2024", "password2025", "password2026",
  "iloveyou12", "iloveyou123", "iloveyou!!", "ilovemyself", "ilovemymom", "ilovemydog", "letmein123", "letmein1234",
  "welcome123", "welcome1234", "welcome2024", "welcome2025", "welcome2026", "trustno1234", "sunshine12", "sunshine123",
  "football12", "football123", "footballer", "basketball", "basketball1", "baseball123", "soccer1234", "princess12",
  "princess123", "butterfly1", "chocolate1", "starwars123", "superman123", "batman1234", "pokemon123", "liverpool1",
  "liverpool123", "manchester", "manchester1", "chelsea123", "arsenal123", "barcelona1", "realmadrid", "juventus123",
  "michael123", "jennifer12", "jessica123", "charlie123", "computer12", "computer123", "internet12", "whatever12",
  "administrator", "admin12345", "admin123456", "administrator1", "changeme123", "changeme1234", "default123", "test123456",
  "testtest12", "qwerty123!", "zaq12wsxcde", "zaq1zaq1zaq1", "1q2w3e4r5t6y7u", "asdf123456", "asdfasdf12", "qweasdzxc123",
  "0102030405", "1357924680", "1029384756", "147258369a", "1478963250", "7894561230", "3216549870", "1593572580",
  "running123", "runner1234", "marathon123", "marathon2024", "marathon2025", "marathon2026", "halfmarathon",
  "hardlopen1", "hardlopen123", "hardloper1", "wachtwoord", "wachtwoord1", "wachtwoord12", "wachtwoord123", "wachtwoord!",
  "welkom1234", "welkom12345", "welkom2024", "welkom2025", "welkom2026", "voetbal123", "voetbal1234", "ajax123456",
  "feyenoord1", "feyenoord123", "psv1234567", "nederland1", "nederland123", "amsterdam1", "amsterdam123", "rotterdam1",
  "rotterdam123", "ikhouvanjou", "geheim1234", "geheim12345", "zomer12345", "winter12345", "lente12345", "herfst12345",
  "fysiotherapie", "fysio12345", "comeback123", "comeback1234",
];
