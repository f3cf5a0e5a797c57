<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>152 — Hotline desk</source>
      <translation>152 — Qaynar xətt masası</translation>
    </message>
    <message>
      <source>About the 152 hotline desk</source>
      <translation>152 qaynar xətt masası haqqında</translation>
    </message>
    <message>
      <source>Data folder</source>
      <translation>Məlumat qovluğu</translation>
    </message>
    <message>
      <source>Libraries bundled with the program</source>
      <translation>Proqramla birlikdə gələn kitabxanalar</translation>
    </message>
    <message>
      <source>Libraries bundled with the program:</source>
      <translation>Proqramla birlikdə gələn kitabxanalar:</translation>
    </message>
    <message>
      <source>Library</source>
      <translation>Kitabxana</translation>
    </message>
    <message>
      <source>Licence</source>
      <translation>Lisenziya</translation>
    </message>
    <message>
      <source>Qt and PySide6 are used under the GNU Lesser General Public License version 3: they are separate libraries in the program's folder, and you may replace them with your own build of the same version. Their source code is published at {qt} and {pyside}; the licence is at https://www.gnu.org/licenses/lgpl-3.0.html.</source>
      <translation>Qt və PySide6 GNU Lesser General Public License 3-cü versiyası əsasında istifadə olunur: onlar proqram qovluğunda ayrıca kitabxanalardır və siz onları eyni versiyanın öz yığımınızla əvəz edə bilərsiniz. Onların mənbə kodu {qt} və {pyside} ünvanlarında dərc olunub; lisenziya mətni https://www.gnu.org/licenses/lgpl-3.0.html ünvanındadır.</translation>
    </message>
    <message>
      <source>Source code</source>
      <translation>Mənbə kodu</translation>
    </message>
    <message>
      <source>This desk's data folder (back it up before an upgrade):</source>
      <translation>Bu masanın məlumat qovluğu (yeniləmədən əvvəl ehtiyat nüsxəsini çıxarın):</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Versiya</translation>
    </message>
    <message>
      <source>Version {version}</source>
      <translation>Versiya {version}</translation>
    </message>
  </context>
  <context>
    <name>AddUserDialog</name>
    <message>
      <source>Add a user</source>
      <translation>İstifadəçi əlavə et</translation>
    </message>
    <message>
      <source>Roles:</source>
      <translation>Rollar:</translation>
    </message>
    <message>
      <source>User &amp;name:</source>
      <translation>İstifadəçi &amp;adı:</translation>
    </message>
  </context>
  <context>
    <name>ApprovalsPage</name>
    <message>
      <source>Approve</source>
      <translation>Təsdiqlə</translation>
    </message>
    <message>
      <source>Approved or refused by</source>
      <translation>Təsdiqləyən və ya rədd edən</translation>
    </message>
    <message>
      <source>Asked at</source>
      <translation>Sorğu vaxtı</translation>
    </message>
    <message>
      <source>Asked by</source>
      <translation>Sorğu göndərən</translation>
    </message>
    <message>
      <source>Carry it out</source>
      <translation>İcra et</translation>
    </message>
    <message>
      <source>Change the roles of %1 to: %2</source>
      <translation>%1 istifadəçisinin rollarını dəyiş: %2</translation>
    </message>
    <message>
      <source>Changing roles, an export for partners and sealing need two people: one asks, another administrator or a supervisor approves here, signed in as themselves, and the one who asked carries it out within 24 hours. Nobody approves their own request.</source>
      <translation>Rolların dəyişdirilməsi, tərəfdaşlar üçün ixrac və möhürləmə iki nəfər tələb edir: biri sorğu göndərir, başqa administrator və ya nəzarətçi öz adı ilə daxil olub burada təsdiqləyir, sorğu göndərən isə 24 saat ərzində onu icra edir. Heç kim öz sorğusunu təsdiqləyə bilməz.</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Yenilə</translation>
    </message>
    <message>
      <source>Refuse</source>
      <translation>Rədd et</translation>
    </message>
    <message>
      <source>Request %1 was carried out: the roles of %2 were changed.</source>
      <translation>%1 nömrəli sorğu icra olundu: %2 istifadəçisinin rolları dəyişdirildi.</translation>
    </message>
    <message>
      <source>Request %1: %2.</source>
      <translation>%1 nömrəli sorğu: %2.</translation>
    </message>
    <message>
      <source>Requests for a second person's approval</source>
      <translation>İkinci şəxsin təsdiqini gözləyən sorğular</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Vəziyyət</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Nə</translation>
    </message>
    <message>
      <source>Withdraw my request</source>
      <translation>Sorğumu geri götür</translation>
    </message>
    <message>
      <source>the recovery code</source>
      <translation>bərpa kodu</translation>
    </message>
  </context>
  <context>
    <name>AuditPdf</name>
    <message>
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Vaxt</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Nə</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Kim</translation>
    </message>
  </context>
  <context>
    <name>AuditViewerPage</name>
    <message>
      <source>%1 entries match</source>
      <translation>Uyğun qeydlər: %1</translation>
    </message>
    <message>
      <source>%1 entries written to %2, with a signed manifest beside it (%3). The inspector checks it with 'hotline verify-export'.</source>
      <translation>%1 qeyd %2 faylına yazıldı, yanında imzalanmış manifest var (%3). Müfəttiş onu 'hotline verify-export' ilə yoxlayır.</translation>
    </message>
    <message>
      <source>A record number has digits only.</source>
      <translation>Qeyd nömrəsi yalnız rəqəmlərdən ibarət olur.</translation>
    </message>
    <message>
      <source>Acknowledge</source>
      <translation>Qəbul et</translation>
    </message>
    <message>
      <source>Acknowledged and recorded. The finding stays in the log and verify still reports it: restoring a backup from before the change is what clears the desk.</source>
      <translation>Qəbul edildi və qeydə alındı. Aşkarlanan problem jurnalda qalır və yoxlama onu yenə göstərir: masanı yalnız dəyişiklikdən əvvəlki ehtiyat nüsxənin bərpası təmizləyir.</translation>
    </message>
    <message>
      <source>Call no.</source>
      <translation>Zəng №</translation>
    </message>
    <message>
      <source>Every action</source>
      <translation>Bütün əməliyyatlar</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>Hamı</translation>
    </message>
    <message>
      <source>Export CSV…</source>
      <translation>CSV ixrac et…</translation>
    </message>
    <message>
      <source>Export PDF…</source>
      <translation>PDF ixrac et…</translation>
    </message>
    <message>
      <source>Export no.</source>
      <translation>İxrac №</translation>
    </message>
    <message>
      <source>Export the audit to</source>
      <translation>Auditi ixrac et</translation>
    </message>
    <message>
      <source>From %1 to %2</source>
      <translation>%1 – %2 tarixləri arasında</translation>
    </message>
    <message>
      <source>Hotline 152: audit log</source>
      <translation>Qaynar xətt 152: audit jurnalı</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <source>Record: %1</source>
      <translation>Qeyd: %1</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Göstər</translation>
    </message>
    <message>
      <source>Task no.</source>
      <translation>Tapşırıq №</translation>
    </message>
    <message>
      <source>The audit chain and the desk check clean: %1 entries, every signature and link verified.</source>
      <translation>Audit zənciri və masa yoxlamadan keçdi: %1 qeyd, hər imza və hər əlaqə yoxlanıldı.</translation>
    </message>
    <message>
      <source>The centre's audit chain checks clean on the server: %1 entries, every signature and link verified, and this workstation's witness of its head.</source>
      <translation>Mərkəzin audit zənciri serverdə təmiz yoxlanıldı: %1 qeyd, hər imza və hər əlaqə, həmçinin bu iş yerinin zəncirin başı üzrə şahidliyi təsdiqləndi.</translation>
    </message>
    <message>
      <source>The check found %1 problems. Do not delete anything; restore a backup from before the change and call the person responsible for the desk:</source>
      <translation>Yoxlama %1 problem tapdı. Heç nəyi silməyin; dəyişiklikdən əvvəlki ehtiyat nüsxəni bərpa edin və masaya cavabdeh şəxsə zəng edin:</translation>
    </message>
    <message>
      <source>The newest %1 of %2 matching entries</source>
      <translation>%2 uyğun qeyddən ən yeni %1</translation>
    </message>
    <message>
      <source>The newest %1 of more than %2 matching entries</source>
      <translation>%2-dən çox uyğun qeyddən ən yeni %1</translation>
    </message>
    <message>
      <source>User no.</source>
      <translation>İstifadəçi №</translation>
    </message>
    <message>
      <source>Verify the chain</source>
      <translation>Zənciri yoxla</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Nə</translation>
    </message>
    <message>
      <source>What the desk noticed at sign-ins</source>
      <translation>Girişlər zamanı masanın aşkar etdikləri</translation>
    </message>
    <message>
      <source>What was done about it (who was told, which backup was restored)</source>
      <translation>Bununla bağlı nə edildi (kimə xəbər verildi, hansı ehtiyat nüsxə bərpa olundu)</translation>
    </message>
    <message>
      <source>What: %1</source>
      <translation>Nə: %1</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Nə vaxt</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Kim</translation>
    </message>
    <message>
      <source>Who: %1</source>
      <translation>Kim: %1</translation>
    </message>
    <message>
      <source>acknowledged by %1 on %2: %3</source>
      <translation>%1 tərəfindən %2 tarixində qəbul edilib: %3</translation>
    </message>
    <message>
      <source>any</source>
      <translation>istənilən</translation>
    </message>
    <message>
      <source>from</source>
      <translation>başlanğıc</translation>
    </message>
    <message>
      <source>not acknowledged</source>
      <translation>qəbul edilməyib</translation>
    </message>
    <message>
      <source>number</source>
      <translation>nömrə</translation>
    </message>
    <message>
      <source>to</source>
      <translation>son</translation>
    </message>
  </context>
  <context>
    <name>AuditWords</name>
    <message>
      <source>At {who}'s sign-in the desk noticed: {problem}</source>
      <translation>{who} daxil olarkən masa aşkar etdi: {problem}</translation>
    </message>
    <message>
      <source>Calls saved, corrected and reviewed</source>
      <translation>Saxlanılan, düzəldilən və yoxlanılan zənglər</translation>
    </message>
    <message>
      <source>Exports</source>
      <translation>İxraclar</translation>
    </message>
    <message>
      <source>Four eyes</source>
      <translation>Dörd göz</translation>
    </message>
    <message>
      <source>Readings of identity details</source>
      <translation>Şəxsiyyət məlumatlarının oxunması</translation>
    </message>
    <message>
      <source>Readings of notes</source>
      <translation>Qeydlərin oxunması</translation>
    </message>
    <message>
      <source>Refusals and findings</source>
      <translation>İmtinalar və aşkarlananlar</translation>
    </message>
    <message>
      <source>Sign-ins and the lock screen</source>
      <translation>Girişlər və kilid ekranı</translation>
    </message>
    <message>
      <source>The desk: checks, backups, keys, settings</source>
      <translation>Masa: yoxlamalar, ehtiyat nüsxələr, açarlar, parametrlər</translation>
    </message>
    <message>
      <source>Users, roles and passwords</source>
      <translation>İstifadəçilər, rollar və parollar</translation>
    </message>
    <message>
      <source>the recovery code</source>
      <translation>bərpa kodu</translation>
    </message>
    <message>
      <source>{who} acknowledged finding {object}: “{note}”</source>
      <translation>{who} {object} nömrəli aşkarlananı qəbul etdi: “{note}”</translation>
    </message>
    <message>
      <source>{who} added synthetic demo calls</source>
      <translation>{who} süni nümayiş zəngləri əlavə etdi</translation>
    </message>
    <message>
      <source>{who} added the follow-up task {object}</source>
      <translation>{who} {object} nömrəli izləmə tapşırığını əlavə etdi</translation>
    </message>
    <message>
      <source>{who} added the user {user} ({roles})</source>
      <translation>{who} {user} istifadəçisini əlavə etdi ({roles})</translation>
    </message>
    <message>
      <source>{who} approved alone ({act}): the desk has one administrator</source>
      <translation>{who} təkbaşına təsdiqlədi ({act}): masada bir administrator var</translation>
    </message>
    <message>
      <source>{who} approved request {object}</source>
      <translation>{who} {object} nömrəli sorğunu təsdiqlədi</translation>
    </message>
    <message>
      <source>{who} asked a second person to approve: {act} (request {seq})</source>
      <translation>{who} ikinci şəxsdən təsdiq istədi: {act} ({seq} nömrəli sorğu)</translation>
    </message>
    <message>
      <source>{who} bound the desk to this machine's keychain again</source>
      <translation>{who} masanı yenidən bu kompüterin açar saxlancına bağladı</translation>
    </message>
    <message>
      <source>{who} carried out request {object}</source>
      <translation>{who} {object} nömrəli sorğunu icra etdi</translation>
    </message>
    <message>
      <source>{who} changed the roles of {user} to {roles}</source>
      <translation>{who} {user} istifadəçisinin rollarını dəyişdi: {roles}</translation>
    </message>
    <message>
      <source>{who} changed their own password</source>
      <translation>{who} öz parolunu dəyişdi</translation>
    </message>
    <message>
      <source>{who} changed “{setting}” from {old} to {value}</source>
      <translation>{who} “{setting}” parametrini {old} dəyərindən {value} dəyərinə dəyişdi</translation>
    </message>
    <message>
      <source>{who} commented on call {call}</source>
      <translation>{who} {call} nömrəli zəngə şərh yazdı</translation>
    </message>
    <message>
      <source>{who} confirmed how the columns of an old log are imported</source>
      <translation>{who} köhnə jurnalın sütunlarının necə idxal ediləcəyini təsdiqlədi</translation>
    </message>
    <message>
      <source>{who} corrected call {call}: {fields}</source>
      <translation>{who} {call} nömrəli zəngi düzəltdi: {fields}</translation>
    </message>
    <message>
      <source>{who} corrected their own call {call}: {fields}</source>
      <translation>{who} öz {call} nömrəli zəngini düzəltdi: {fields}</translation>
    </message>
    <message>
      <source>{who} disabled the user {user}</source>
      <translation>{who} {user} istifadəçisini deaktiv etdi</translation>
    </message>
    <message>
      <source>{who} discarded a call not saved</source>
      <translation>{who} saxlanılmamış zəngi ləğv etdi</translation>
    </message>
    <message>
      <source>{who} exported {entries} audit entries ({format})</source>
      <translation>{who} {entries} audit qeydini ixrac etdi ({format})</translation>
    </message>
    <message>
      <source>{who} exported {table} for {period} ({audience})</source>
      <translation>{who} {period} dövrü üçün {table} ixrac etdi ({audience})</translation>
    </message>
    <message>
      <source>{who} exported {table} for {period} again ({audience})</source>
      <translation>{who} {period} dövrü üçün {table} yenidən ixrac etdi ({audience})</translation>
    </message>
    <message>
      <source>{who} gave a returning caller a pseudonym</source>
      <translation>{who} təkrar zəng edənə təxəllüs verdi</translation>
    </message>
    <message>
      <source>{who} gave the database a new key</source>
      <translation>{who} verilənlər bazasına yeni açar verdi</translation>
    </message>
    <message>
      <source>{who} gave {user} a new password and new keys</source>
      <translation>{who} {user} istifadəçisinə yeni parol və yeni açarlar verdi</translation>
    </message>
    <message>
      <source>{who} imported calls from an old log</source>
      <translation>{who} köhnə jurnaldan zəngləri idxal etdi</translation>
    </message>
    <message>
      <source>{who} let go of call {call} in review</source>
      <translation>{who} yoxlamada olan {call} nömrəli zəngi buraxdı</translation>
    </message>
    <message>
      <source>{who} linked call {call}, saved earlier, by the entities it names</source>
      <translation>{who} əvvəl saxlanılmış {call} nömrəli zəngi adını çəkdiyi obyektlərlə əlaqələndirdi</translation>
    </message>
    <message>
      <source>{who} made a backup ({calls} calls)</source>
      <translation>{who} ehtiyat nüsxə yaratdı ({calls} zəng)</translation>
    </message>
    <message>
      <source>{who} read the identity details of call {call}: reason “{reason}”</source>
      <translation>{who} {call} nömrəli zəngin şəxsiyyət məlumatlarını oxudu: səbəb “{reason}”</translation>
    </message>
    <message>
      <source>{who} read the notes of call {call}</source>
      <translation>{who} {call} nömrəli zəngin qeydlərini oxudu</translation>
    </message>
    <message>
      <source>{who} recorded the task {object} as done</source>
      <translation>{who} {object} nömrəli tapşırığı icra olunmuş kimi qeyd etdi</translation>
    </message>
    <message>
      <source>{who} refused request {object}</source>
      <translation>{who} {object} nömrəli sorğunu rədd etdi</translation>
    </message>
    <message>
      <source>{who} removed workstation {object} from the centre</source>
      <translation>{who} {object} nömrəli iş yerini mərkəzdən sildi</translation>
    </message>
    <message>
      <source>{who} reopened call {call}, saved as a call without content</source>
      <translation>{who} məzmunsuz kimi saxlanılmış {call} nömrəli zəngi yenidən açdı</translation>
    </message>
    <message>
      <source>{who} restored the desk from a backup</source>
      <translation>{who} masanı ehtiyat nüsxədən bərpa etdi</translation>
    </message>
    <message>
      <source>{who} reviewed call {call}</source>
      <translation>{who} {call} nömrəli zəngi yoxladı</translation>
    </message>
    <message>
      <source>{who} saved call {call}</source>
      <translation>{who} {call} nömrəli zəngi saxladı</translation>
    </message>
    <message>
      <source>{who} sealed the free text of call {call}</source>
      <translation>{who} {call} nömrəli zəngin sərbəst mətnini möhürlədi</translation>
    </message>
    <message>
      <source>{who} sealed the free text of the desk</source>
      <translation>{who} masanın sərbəst mətnini möhürlədi</translation>
    </message>
    <message>
      <source>{who} set up the desk</source>
      <translation>{who} masanı qurdu</translation>
    </message>
    <message>
      <source>{who} signed in</source>
      <translation>{who} daxil oldu</translation>
    </message>
    <message>
      <source>{who} signed in after {count} failed sign-ins (recorded now)</source>
      <translation>{who} {count} uğursuz girişdən sonra daxil oldu (indi qeydə alındı)</translation>
    </message>
    <message>
      <source>{who} signed in with the new keys of the password reset in entry {reset}: this workstation's record of the log, made under the earlier keys (entry {witnessed}), was set aside and started afresh at the server's head; calls kept here before the reset wait there, not sent</source>
      <translation>{who} {reset} saylı qeyddəki parol sıfırlamasının yeni açarları ilə daxil oldu: bu iş stansiyasının əvvəlki açarlarla yazılmış jurnal qeydi ({witnessed} saylı qeyd) kənara qoyuldu və serverdəki son qeyddən yenidən başladı; sıfırlamadan əvvəl burada saxlanılan zənglər orada gözləyir, göndərilməyib</translation>
    </message>
    <message>
      <source>{who} stored identity details of call {call}</source>
      <translation>{who} {call} nömrəli zəngin şəxsiyyət məlumatlarını saxladı</translation>
    </message>
    <message>
      <source>{who} took call {call} for review</source>
      <translation>{who} {call} nömrəli zəngi yoxlamaya götürdü</translation>
    </message>
    <message>
      <source>{who} unlocked the screen</source>
      <translation>{who} ekranın kilidini açdı</translation>
    </message>
    <message>
      <source>{who} verified the desk: {problems} problems</source>
      <translation>{who} masanı yoxladı: {problems} problem</translation>
    </message>
    <message>
      <source>{who} was refused an export of {table} for {period}: it would disclose</source>
      <translation>{who} üçün {period} dövrünə aid {table} ixracı rədd edildi: məlumat açılardı</translation>
    </message>
    <message>
      <source>{who} was refused identity details that were moved to call {call}</source>
      <translation>{who} üçün {call} nömrəli zəngə köçürülmüş şəxsiyyət məlumatları rədd edildi</translation>
    </message>
    <message>
      <source>{who} was refused: {what}</source>
      <translation>{who} üçün rədd edildi: {what}</translation>
    </message>
    <message>
      <source>{who} withdrew request {object}</source>
      <translation>{who} {object} nömrəli sorğunu geri götürdü</translation>
    </message>
    <message>
      <source>{who}: a wrong password was typed on the lock screen</source>
      <translation>{who}: kilid ekranında səhv parol yazıldı</translation>
    </message>
    <message>
      <source>{who}: {action} {object}</source>
      <translation>{who}: {action} {object}</translation>
    </message>
  </context>
  <context>
    <name>Backups</name>
    <message>
      <source>Calls</source>
      <translation>Zənglər</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fayl</translation>
    </message>
    <message>
      <source>NOT usable</source>
      <translation>YARARSIZDIR</translation>
    </message>
    <message>
      <source>NOT usable: {problem}</source>
      <translation>YARARSIZDIR: {problem}</translation>
    </message>
    <message>
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Ölçü</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Vəziyyət</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Səbəb</translation>
    </message>
    <message>
      <source>Written</source>
      <translation>Yazılıb</translation>
    </message>
    <message>
      <source>at an administrator's sign-out</source>
      <translation>administrator çıxanda</translation>
    </message>
    <message>
      <source>backed up from the window</source>
      <translation>pəncərədən çıxarılıb</translation>
    </message>
    <message>
      <source>daily</source>
      <translation>gündəlik</translation>
    </message>
    <message>
      <source>from the command line</source>
      <translation>komanda sətrindən</translation>
    </message>
    <message>
      <source>removed</source>
      <translation>silinib</translation>
    </message>
    <message>
      <source>removed (older than the last ones kept)</source>
      <translation>silinib (saxlanılan sonunculardan köhnədir)</translation>
    </message>
    <message>
      <source>verified by opening it</source>
      <translation>açılaraq yoxlanılıb</translation>
    </message>
    <message>
      <source>{size} MB</source>
      <translation>{size} MB</translation>
    </message>
  </context>
  <context>
    <name>BackupsPage</name>
    <message>
      <source>A USB drive or a network share, away from this computer. A backup is also written each time an administrator signs out; each one is opened and checked before it counts, and the oldest beyond the number kept are deleted.</source>
      <translation>Bu kompüterdən kənarda USB disk və ya şəbəkə qovluğu. Hər dəfə administrator çıxanda da ehtiyat nüsxə yazılır; hər nüsxə hesaba alınmazdan əvvəl açılıb yoxlanılır, saxlanılan saydan artıq olan ən köhnələr silinir.</translation>
    </message>
    <message>
      <source>Back up every day</source>
      <translation>Hər gün ehtiyat nüsxə çıxar</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>İndi ehtiyat nüsxə çıxar</translation>
    </message>
    <message>
      <source>Backup folder</source>
      <translation>Ehtiyat nüsxə qovluğu</translation>
    </message>
    <message>
      <source>Backup folder:</source>
      <translation>Ehtiyat nüsxə qovluğu:</translation>
    </message>
    <message>
      <source>Backup written and verified by opening it: {path} ({calls} calls, {size}).</source>
      <translation>Ehtiyat nüsxə yazıldı və açılaraq yoxlanıldı: {path} ({calls} zəng, {size}).</translation>
    </message>
    <message>
      <source>Backups written (the register)</source>
      <translation>Yazılmış ehtiyat nüsxələr (reyestr)</translation>
    </message>
    <message>
      <source>Check the selected backup again</source>
      <translation>Seçilmiş nüsxəni yenidən yoxla</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Seçin…</translation>
    </message>
    <message>
      <source>Keep the last</source>
      <translation>Saxlanılsın: son</translation>
    </message>
    <message>
      <source>Newest verified backup: {age}, {when}, in {path}</source>
      <translation>Ən yeni yoxlanılmış nüsxə: {age}, {when}, {path}</translation>
    </message>
    <message>
      <source>No verified backup yet: back up now.</source>
      <translation>Hələ yoxlanılmış ehtiyat nüsxə yoxdur: indi nüsxə çıxarın.</translation>
    </message>
    <message>
      <source>Opening the backup to check it…</source>
      <translation>Nüsxə yoxlamaq üçün açılır…</translation>
    </message>
    <message>
      <source>Save the schedule</source>
      <translation>Cədvəli saxla</translation>
    </message>
    <message>
      <source>The backup opens and checks clean.</source>
      <translation>Nüsxə açılır və yoxlamadan problemsiz keçir.</translation>
    </message>
    <message>
      <source>The next backup sets it aside and begins a new register.</source>
      <translation>Növbəti ehtiyat nüsxə onu kənara qoyub yeni reyestrə başlayacaq.</translation>
    </message>
    <message>
      <source>The schedule was saved.</source>
      <translation>Cədvəl saxlanıldı.</translation>
    </message>
    <message>
      <source>Where and when</source>
      <translation>Harada və nə vaxt</translation>
    </message>
    <message>
      <source>Writing the backup…</source>
      <translation>Ehtiyat nüsxə yazılır…</translation>
    </message>
    <message>
      <source>backups</source>
      <translation>nüsxə</translation>
    </message>
    <message>
      <source>none chosen yet</source>
      <translation>hələ seçilməyib</translation>
    </message>
  </context>
  <context>
    <name>CallBar</name>
    <message>
      <source>Caller's pseudonym, to read out</source>
      <translation>Zəng edənin təxəllüsü (ona oxuyun)</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Kopyala</translation>
    </message>
    <message>
      <source>Copy the pseudonym (cleared after 10 s)</source>
      <translation>Təxəllüsü kopyala (10 saniyədən sonra silinir)</translation>
    </message>
    <message>
      <source>DO NOT CALL BACK this caller</source>
      <translation>Bu şəxsə GERİ ZƏNG ETMƏYİN</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Ləğv et</translation>
    </message>
    <message>
      <source>Discard this call</source>
      <translation>Bu zəngi ləğv et</translation>
    </message>
    <message>
      <source>End call</source>
      <translation>Zəngi bitir</translation>
    </message>
    <message>
      <source>End call: stop the timer</source>
      <translation>Zəngi bitir: taymeri dayandır</translation>
    </message>
    <message>
      <source>Link returning caller</source>
      <translation>Təkrar zəng edəni bağla</translation>
    </message>
    <message>
      <source>New call</source>
      <translation>Yeni zəng</translation>
    </message>
    <message>
      <source>New call (Ctrl+N)</source>
      <translation>Yeni zəng (Ctrl+N)</translation>
    </message>
    <message>
      <source>Press again to discard</source>
      <translation>Ləğv üçün yenə basın</translation>
    </message>
    <message>
      <source>Pseudonym a returning caller gives</source>
      <translation>Təkrar zəng edənin dediyi təxəllüs</translation>
    </message>
    <message>
      <source>Read this out to the caller: they give it next time</source>
      <translation>Bunu zəng edənə oxuyun: növbəti dəfə bunu desin</translation>
    </message>
    <message>
      <source>Returning caller: their pseudonym</source>
      <translation>Təkrar zəng: təxəllüsü</translation>
    </message>
    <message>
      <source>Save (Ctrl+S)</source>
      <translation>Yadda saxla (Ctrl+S)</translation>
    </message>
    <message>
      <source>Save the call</source>
      <translation>Zəngi yadda saxla</translation>
    </message>
  </context>
  <context>
    <name>CallForm</name>
    <message>
      <source>10. Notes</source>
      <translation>10. Qeydlər</translation>
    </message>
    <message>
      <source>2. The call</source>
      <translation>2. Zəng</translation>
    </message>
    <message>
      <source>3. Topics</source>
      <translation>3. Mövzular</translation>
    </message>
    <message>
      <source>4. The caller</source>
      <translation>4. Zəng edən</translation>
    </message>
    <message>
      <source>5. The person concerned and the exploitation</source>
      <translation>5. Aidiyyəti olan şəxs və istismar</translation>
    </message>
    <message>
      <source>6. Indicators</source>
      <translation>6. Göstəricilər</translation>
    </message>
    <message>
      <source>7. Outcome and referrals</source>
      <translation>7. Nəticə və yönləndirmələr</translation>
    </message>
    <message>
      <source>8. Flags</source>
      <translation>8. İşarələr</translation>
    </message>
    <message>
      <source>9. Entities the caller mentions (agency, phone, link, city)</source>
      <translation>9. Zəng edənin adını çəkdiyi obyektlər (agentlik, telefon, keçid, şəhər)</translation>
    </message>
    <message>
      <source>A child is involved (or a person believed to be under 18): saving creates two open tasks due today, the reports to the Commission on Minors' Affairs and to the guardianship and custody authority.</source>
      <translation>Uşaq iştirak edir (və ya 18 yaşdan kiçik olduğu güman edilən şəxs): saxladıqda bu gün icra olunmalı iki açıq tapşırıq yaranır: Yetkinlik yaşına çatmayanların işləri üzrə Komissiyaya və qəyyumluq və himayə orqanına məlumat.</translation>
    </message>
    <message>
      <source>A relative may be involved in the trafficking</source>
      <translation>Qohum insan alverində iştirak edə bilər</translation>
    </message>
    <message>
      <source>A relative may be involved: do not call the family back, and if the caller is that relative, do not tell them what will be done (reports, referrals, where the person is). A relative's consent does not count.</source>
      <translation>Qohumun iştirakı ehtimal olunur: ailəyə geri zəng etməyin; zəng edən həmin qohumdursa, ona nə ediləcəyini (məlumatlar, yönləndirmələr, şəxsin harada olduğu) deməyin. Qohumun razılığı nəzərə alınmır.</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Kanal</translation>
    </message>
    <message>
      <source>Child involved</source>
      <translation>Uşaq iştirak edir</translation>
    </message>
    <message>
      <source>Consent of the person concerned (their own) to share their details with the police or another state body, or to a shelter placement</source>
      <translation>Şəxsin özünün razılığı: məlumatlarının polisə və ya başqa dövlət orqanına verilməsinə, yaxud sığınacağa yerləşdirilməsinə</translation>
    </message>
    <message>
      <source>Consent to share with state bodies</source>
      <translation>Dövlət orqanlarına ötürməyə razılıq</translation>
    </message>
    <message>
      <source>How the caller heard of 152</source>
      <translation>Zəng edən 152 haqqında haradan eşidib</translation>
    </message>
    <message>
      <source>How they heard of 152</source>
      <translation>152 haqqında haradan eşidib</translation>
    </message>
    <message>
      <source>Immediate danger</source>
      <translation>Təxirəsalınmaz təhlükə</translation>
    </message>
    <message>
      <source>Nature of the call</source>
      <translation>Zəngin xarakteri</translation>
    </message>
    <message>
      <source>Possible victim of trafficking</source>
      <translation>Ehtimal olunan insan alveri qurbanı</translation>
    </message>
  </context>
  <context>
    <name>CallLogModel</name>
    <message>
      <source>Being reviewed by {name}</source>
      <translation>{name} yoxlayır</translation>
    </message>
    <message>
      <source>Child</source>
      <translation>Uşaq</translation>
    </message>
    <message>
      <source>Danger</source>
      <translation>Təhlükə</translation>
    </message>
    <message>
      <source>Date and time</source>
      <translation>Tarix və vaxt</translation>
    </message>
    <message>
      <source>Duration</source>
      <translation>Müddət</translation>
    </message>
    <message>
      <source>Entered by {name} on behalf of the operator</source>
      <translation>Operatorun adından {name} daxil edib</translation>
    </message>
    <message>
      <source>Flags</source>
      <translation>Əlamətlər</translation>
    </message>
    <message>
      <source>Open tasks</source>
      <translation>Açıq tapşırıqlar</translation>
    </message>
    <message>
      <source>Operator</source>
      <translation>Operator</translation>
    </message>
    <message>
      <source>Other topics</source>
      <translation>Digər mövzular</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Nəticə</translation>
    </message>
    <message>
      <source>Possible victim</source>
      <translation>Ehtimal olunan qurban</translation>
    </message>
    <message>
      <source>Primary topic</source>
      <translation>Əsas mövzu</translation>
    </message>
    <message>
      <source>Pseudonym</source>
      <translation>Təxəllüs</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Yoxlama</translation>
    </message>
  </context>
  <context>
    <name>CallLogPage</name>
    <message>
      <source>All time</source>
      <translation>Bütün dövr</translation>
    </message>
    <message>
      <source>Any operator</source>
      <translation>İstənilən operator</translation>
    </message>
    <message>
      <source>Any outcome or referral</source>
      <translation>İstənilən nəticə və ya yönləndirmə</translation>
    </message>
    <message>
      <source>Any topic</source>
      <translation>İstənilən mövzu</translation>
    </message>
    <message>
      <source>Calls found: {n}</source>
      <translation>Tapılan zənglər: {n}</translation>
    </message>
    <message>
      <source>Calls mentioning: {value}</source>
      <translation>Xatırlanan zənglər: {value}</translation>
    </message>
    <message>
      <source>Child</source>
      <translation>Uşaq</translation>
    </message>
    <message>
      <source>Clear filters</source>
      <translation>Filtrləri təmizlə</translation>
    </message>
    <message>
      <source>Counting…</source>
      <translation>Sayılır…</translation>
    </message>
    <message>
      <source>Danger</source>
      <translation>Təhlükə</translation>
    </message>
    <message>
      <source>Dates…</source>
      <translation>Tarixlər…</translation>
    </message>
    <message>
      <source>Delete filter</source>
      <translation>Filtri sil</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Başlanğıc</translation>
    </message>
    <message>
      <source>Hide calls without content</source>
      <translation>Məzmunsuz zəngləri gizlət</translation>
    </message>
    <message>
      <source>Last 12 months</source>
      <translation>Son 12 ay</translation>
    </message>
    <message>
      <source>Last 30 days</source>
      <translation>Son 30 gün</translation>
    </message>
    <message>
      <source>Last 7 days</source>
      <translation>Son 7 gün</translation>
    </message>
    <message>
      <source>Name of the filter:</source>
      <translation>Filtrin adı:</translation>
    </message>
    <message>
      <source>Open tasks</source>
      <translation>Açıq tapşırıqlar</translation>
    </message>
    <message>
      <source>Possible victim</source>
      <translation>Ehtimal olunan qurban</translation>
    </message>
    <message>
      <source>Save filter</source>
      <translation>Filtri saxla</translation>
    </message>
    <message>
      <source>Save filter…</source>
      <translation>Filtri saxla…</translation>
    </message>
    <message>
      <source>Saved filters</source>
      <translation>Saxlanmış filtrlər</translation>
    </message>
    <message>
      <source>Search the notes (az, ru, en)…</source>
      <translation>Qeydlərdə axtar (az, ru, en)…</translation>
    </message>
    <message>
      <source>Searching…</source>
      <translation>Axtarılır…</translation>
    </message>
    <message>
      <source>Show all calls</source>
      <translation>Bütün zəngləri göstər</translation>
    </message>
    <message>
      <source>The call log could not be read; try again.</source>
      <translation>Zəng jurnalı oxuna bilmədi; yenidən cəhd edin.</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Son</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Bu gün</translation>
    </message>
  </context>
  <context>
    <name>CallTimer</name>
    <message>
      <source>Call duration</source>
      <translation>Zəngin müddəti</translation>
    </message>
    <message>
      <source>Time since the call started</source>
      <translation>Zəng başlayandan keçən vaxt</translation>
    </message>
  </context>
  <context>
    <name>CallerHistory</name>
    <message>
      <source>DO NOT CALL BACK</source>
      <translation>GERİ ZƏNG ETMƏYİN</translation>
    </message>
    <message>
      <source>Earlier calls of this caller (coded summary)</source>
      <translation>Bu şəxsin əvvəlki zəngləri (kodlaşdırılmış xülasə)</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Qeydlər</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Nəticə</translation>
    </message>
    <message>
      <source>a relative may be involved: tell a relative nothing of what was done</source>
      <translation>qohumun iştirakı ehtimal olunur: qohuma nə edildiyi barədə heç nə deməyin</translation>
    </message>
    <message>
      <source>child involved</source>
      <translation>uşaq iştirak edir</translation>
    </message>
    <message>
      <source>immediate danger</source>
      <translation>təxirəsalınmaz təhlükə</translation>
    </message>
    <message>
      <source>possible victim</source>
      <translation>ehtimal olunan qurban</translation>
    </message>
  </context>
  <context>
    <name>CallerSection</name>
    <message>
      <source>Age band</source>
      <translation>Yaş qrupu</translation>
    </message>
    <message>
      <source>An interpreter was needed</source>
      <translation>Tərcüməçi lazım oldu</translation>
    </message>
    <message>
      <source>Caller: %1</source>
      <translation>Zəng edən: %1</translation>
    </message>
    <message>
      <source>Citizenship</source>
      <translation>Vətəndaşlıq</translation>
    </message>
    <message>
      <source>Country of citizenship</source>
      <translation>Vətəndaşı olduğu ölkə</translation>
    </message>
    <message>
      <source>Language of the call</source>
      <translation>Zəngin dili</translation>
    </message>
    <message>
      <source>Region of the call</source>
      <translation>Zəngin regionu</translation>
    </message>
    <message>
      <source>Relation to the person concerned</source>
      <translation>Şəxsə münasibəti</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Cins</translation>
    </message>
  </context>
  <context>
    <name>CentreBackupsPage</name>
    <message>
      <source>A backup of a centre is PostgreSQL's pg_dump of its database on the server, taken with the server's superuser login for an administrator: the free text, the identities and the data keys are in it as the sealed bytes the server holds. Each one is recorded in a register beside the backup files. Restoring a centre is done on the server: hotline restore --server.</source>
      <translation>Mərkəzin ehtiyat nüsxəsi onun serverdəki verilənlər bazasının PostgreSQL pg_dump surətidir; administrator üçün serverin superistifadəçi girişi ilə çıxarılır: sərbəst mətn, şəxsiyyət məlumatları və verilənlər açarları orada serverin saxladığı kimi möhürlənmiş baytlar şəklindədir. Hər biri ehtiyat fayllarının yanındakı reyestrdə qeyd olunur. Mərkəzin bərpası serverdə edilir: hotline restore --server.</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>İndi ehtiyat nüsxə çıxar</translation>
    </message>
    <message>
      <source>Back up the centre now</source>
      <translation>Mərkəzin ehtiyat nüsxəsini indi çıxar</translation>
    </message>
    <message>
      <source>Backing up the centre on its server…</source>
      <translation>Mərkəzin ehtiyat nüsxəsi serverində çıxarılır…</translation>
    </message>
    <message>
      <source>Backup folder</source>
      <translation>Ehtiyat nüsxə qovluğu</translation>
    </message>
    <message>
      <source>Backup of the centre written: {path} ({calls} calls, {size}). The free text and identities are in it sealed, as on the server. Keep it away from the server.</source>
      <translation>Mərkəzin ehtiyat nüsxəsi yazıldı: {path} ({calls} zəng, {size}). Sərbəst mətn və şəxsiyyət məlumatları orada serverdəki kimi möhürlənmişdir. Onu serverdən uzaqda saxlayın.</translation>
    </message>
    <message>
      <source>Backups in this folder (the register)</source>
      <translation>Bu qovluqdakı ehtiyat nüsxələr (reyestr)</translation>
    </message>
    <message>
      <source>Backups of the centre</source>
      <translation>Mərkəzin ehtiyat nüsxələri</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Seçin…</translation>
    </message>
    <message>
      <source>Folder:</source>
      <translation>Qovluq:</translation>
    </message>
    <message>
      <source>Its password:</source>
      <translation>Onun parolu:</translation>
    </message>
    <message>
      <source>The server's superuser:</source>
      <translation>Serverin superistifadəçisi:</translation>
    </message>
    <message>
      <source>Your password:</source>
      <translation>Sizin parolunuz:</translation>
    </message>
    <message>
      <source>none chosen yet</source>
      <translation>hələ seçilməyib</translation>
    </message>
  </context>
  <context>
    <name>ConcernedSection</name>
    <message>
      <source>Age band</source>
      <translation>Yaş qrupu</translation>
    </message>
    <message>
      <source>Age unknown but believed to be under 18</source>
      <translation>Yaşı bilinmir, lakin 18 yaşdan kiçik olduğu güman edilir</translation>
    </message>
    <message>
      <source>Assign a new pseudonym</source>
      <translation>Yeni təxəllüs ver</translation>
    </message>
    <message>
      <source>Citizenship</source>
      <translation>Vətəndaşlıq</translation>
    </message>
    <message>
      <source>Country of citizenship</source>
      <translation>Vətəndaşı olduğu ölkə</translation>
    </message>
    <message>
      <source>Destination or place of exploitation</source>
      <translation>Təyinat və ya istismar yeri</translation>
    </message>
    <message>
      <source>Form of exploitation</source>
      <translation>İstismar forması</translation>
    </message>
    <message>
      <source>Person concerned: %1</source>
      <translation>Barəsində danışılan şəxs: %1</translation>
    </message>
    <message>
      <source>Pseudonym of the person concerned</source>
      <translation>Şəxsin təxəllüsü</translation>
    </message>
    <message>
      <source>Sector of forced labour</source>
      <translation>Məcburi əməyin sahəsi</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Cins</translation>
    </message>
    <message>
      <source>The caller is the person concerned: record here what happened to them (sex, age and citizenship as in section 4).</source>
      <translation>Zəng edən aidiyyəti olan şəxsin özüdür: ona nə baş verdiyini burada qeyd edin (cins, yaş və vətəndaşlıq 4-cü bölmədəki kimi).</translation>
    </message>
    <message>
      <source>Their pseudonym</source>
      <translation>Onun təxəllüsü</translation>
    </message>
    <message>
      <source>the pseudonym the desk gave them (it is looked up), or assign one</source>
      <translation>masanın ona verdiyi təxəllüs (axtarılır) və ya yenisini verin</translation>
    </message>
  </context>
  <context>
    <name>Desk</name>
    <message>
      <source>DEMO</source>
      <translation>DEMO</translation>
    </message>
    <message>
      <source>Preparing the demo desk with invented calls…</source>
      <translation>Uydurma zənglərlə demo masa hazırlanır…</translation>
    </message>
  </context>
  <context>
    <name>DeskCheckPage</name>
    <message>
      <source>A backup or an export manifest kept elsewhere</source>
      <translation>Başqa yerdə saxlanılan ehtiyat nüsxə və ya ixrac manifesti</translation>
    </message>
    <message>
      <source>Active users</source>
      <translation>Aktiv istifadəçilər</translation>
    </message>
    <message>
      <source>Audit entries</source>
      <translation>Audit qeydləri</translation>
    </message>
    <message>
      <source>Calls</source>
      <translation>Zənglər</translation>
    </message>
    <message>
      <source>Checked against {path}.</source>
      <translation>{path} ilə tutuşdurulub.</translation>
    </message>
    <message>
      <source>Checks every page of the database, its integrity, the key slots against the users, the audit chain and its head, the rows of calls and users against the log, and the backup register. Against a backup or an export manifest kept elsewhere, it also shows whether the desk was rolled back since.</source>
      <translation>Verilənlər bazasının hər səhifəsini, onun bütövlüyünü, açar yuvalarını istifadəçilərlə, audit zəncirini və onun başını, zəng və istifadəçi sətirlərini jurnalla, həmçinin ehtiyat nüsxələr reyestrini yoxlayır. Başqa yerdə saxlanılan ehtiyat nüsxə və ya ixrac manifesti ilə müqayisədə masanın o vaxtdan bəri geri qaytarılıb-qaytarılmadığını da göstərir.</translation>
    </message>
    <message>
      <source>Checks the centre's audit chain on its server: every entry's signature and link, the members' keys and roles against the chain, the calls against their entries, the sealing register, and the head of the chain this workstation saw last.</source>
      <translation>Mərkəzin serverindəki audit zəncirini yoxlayır: hər qeydin imzasını və əlaqəsini, üzvlərin açarlarını və rollarını zəncirə qarşı, zəngləri onların qeydlərinə qarşı, möhürləmə reyestrini və bu iş yerinin sonuncu gördüyü zəncir başını.</translation>
    </message>
    <message>
      <source>Database version</source>
      <translation>Verilənlər bazasının versiyası</translation>
    </message>
    <message>
      <source>Give the database a new key now? Everyone keeps their password; the desk stays open. Write a new backup afterwards.</source>
      <translation>Verilənlər bazasına indi yeni açar verilsin? Hər kəsin parolu qalır; masa açıq qalır. Sonra yeni ehtiyat nüsxə çıxarın.</translation>
    </message>
    <message>
      <source>Give the database a new key…</source>
      <translation>Verilənlər bazasına yeni açar ver…</translation>
    </message>
    <message>
      <source>Gives the database a new key and seals it again to every user's key slot, without anyone's password. Do it after disabling a user who may have kept a copy of the desk's files. Backups written before keep the old key and are restored with the passwords of their day.</source>
      <translation>Verilənlər bazasına yeni açar verir və onu heç kimin parolu olmadan hər istifadəçinin açar yuvasına yenidən möhürləyir. Masanın fayllarının surətini saxlamış ola biləcək istifadəçini deaktiv etdikdən sonra bunu edin. Əvvəl yazılmış ehtiyat nüsxələr köhnə açarla qalır və öz günlərinin parolları ilə bərpa olunur.</translation>
    </message>
    <message>
      <source>Giving the database a new key…</source>
      <translation>Verilənlər bazasına yeni açar verilir…</translation>
    </message>
    <message>
      <source>Problems found (%1):</source>
      <translation>Problem tapıldı (%1):</translation>
    </message>
    <message>
      <source>The centre's audit chain checks clean on its server.</source>
      <translation>Mərkəzin audit zənciri serverində təmiz yoxlanıldı.</translation>
    </message>
    <message>
      <source>The database has a new key (generation {generation}); every slot was rewrapped. Write a new backup now.</source>
      <translation>Verilənlər bazasının yeni açarı var (nəsil {generation}); hər yuva yenidən möhürləndi. İndi yeni ehtiyat nüsxə çıxarın.</translation>
    </message>
    <message>
      <source>The database key</source>
      <translation>Verilənlər bazasının açarı</translation>
    </message>
    <message>
      <source>The database, the key file and the audit chain check clean.</source>
      <translation>Verilənlər bazası, açar faylı və audit zənciri yoxlamadan problemsiz keçir.</translation>
    </message>
    <message>
      <source>Verify against a backup kept elsewhere…</source>
      <translation>Başqa yerdə saxlanılan nüsxə ilə yoxla…</translation>
    </message>
    <message>
      <source>Verify now</source>
      <translation>İndi yoxla</translation>
    </message>
    <message>
      <source>Verify the centre</source>
      <translation>Mərkəzi yoxla</translation>
    </message>
    <message>
      <source>Verify the desk</source>
      <translation>Masanı yoxla</translation>
    </message>
    <message>
      <source>Verifying…</source>
      <translation>Yoxlanılır…</translation>
    </message>
    <message>
      <source>Warnings:</source>
      <translation>Xəbərdarlıqlar:</translation>
    </message>
  </context>
  <context>
    <name>DetailPane</name>
    <message>
      <source>Address</source>
      <translation>Ünvan</translation>
    </message>
    <message>
      <source>Call {id}</source>
      <translation>Zəng {id}</translation>
    </message>
    <message>
      <source>Call {id} · {when} · {operator}</source>
      <translation>Zəng {id} · {when} · {operator}</translation>
    </message>
    <message>
      <source>Call-back</source>
      <translation>Geri zəng</translation>
    </message>
    <message>
      <source>Caller</source>
      <translation>Zəng edən</translation>
    </message>
    <message>
      <source>Choose a call in the list to see it here.</source>
      <translation>Burada görmək üçün siyahıdan zəng seçin.</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Bağla</translation>
    </message>
    <message>
      <source>Coded record</source>
      <translation>Kodlaşdırılmış qeyd</translation>
    </message>
    <message>
      <source>Corrections</source>
      <translation>Düzəlişlər</translation>
    </message>
    <message>
      <source>Do not call back.</source>
      <translation>Geri zəng etməyin.</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Sənəd</translation>
    </message>
    <message>
      <source>Duration</source>
      <translation>Müddət</translation>
    </message>
    <message>
      <source>Identity details (vault)</source>
      <translation>Şəxsiyyət məlumatları (seyf)</translation>
    </message>
    <message>
      <source>Mentioned in other calls</source>
      <translation>Digər zənglərdə xatırlanır</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <source>No call chosen</source>
      <translation>Zəng seçilməyib</translation>
    </message>
    <message>
      <source>No comments.</source>
      <translation>Şərh yoxdur.</translation>
    </message>
    <message>
      <source>No corrections: the record is as the operator saved it.</source>
      <translation>Düzəliş yoxdur: qeyd operatorun saxladığı kimidir.</translation>
    </message>
    <message>
      <source>No tasks.</source>
      <translation>Tapşırıq yoxdur.</translation>
    </message>
    <message>
      <source>Nobody has read the notes or identity details yet.</source>
      <translation>Qeydləri və ya şəxsiyyət məlumatlarını hələ heç kim oxumayıb.</translation>
    </message>
    <message>
      <source>Notes (reading them is recorded)</source>
      <translation>Qeydlər (oxunması qeydə alınır)</translation>
    </message>
    <message>
      <source>OVERDUE</source>
      <translation>GECİKİB</translation>
    </message>
    <message>
      <source>Other calls of the same person</source>
      <translation>Həmin şəxsin digər zəngləri</translation>
    </message>
    <message>
      <source>Other topics</source>
      <translation>Digər mövzular</translation>
    </message>
    <message>
      <source>Person concerned</source>
      <translation>Aid olduğu şəxs</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>Pseudonym: {p}</source>
      <translation>Təxəllüs: {p}</translation>
    </message>
    <message>
      <source>Read identity details</source>
      <translation>Şəxsiyyət məlumatlarını oxu</translation>
    </message>
    <message>
      <source>Reason for reading (required, recorded)</source>
      <translation>Oxuma səbəbi (mütləqdir, qeydə alınır)</translation>
    </message>
    <message>
      <source>Returned to the operator: {c}</source>
      <translation>Operatora qaytarılıb: {c}</translation>
    </message>
    <message>
      <source>Review comments</source>
      <translation>Yoxlama şərhləri</translation>
    </message>
    <message>
      <source>Review: {state}</source>
      <translation>Yoxlama: {state}</translation>
    </message>
    <message>
      <source>Sealed. Reading is allowed to supervisors, with a reason.</source>
      <translation>Möhürlənib. Oxumağa yalnız nəzarətçilərə, səbəb göstərməklə icazə verilir.</translation>
    </message>
    <message>
      <source>Show every call that mentions it</source>
      <translation>Bunu xatırladan bütün zəngləri göstər</translation>
    </message>
    <message>
      <source>Tasks</source>
      <translation>Tapşırıqlar</translation>
    </message>
    <message>
      <source>The vault entry is empty.</source>
      <translation>Seyf qeydi boşdur.</translation>
    </message>
    <message>
      <source>Who has seen this record</source>
      <translation>Bu qeydi kim görüb</translation>
    </message>
    <message>
      <source>claimed by {name}</source>
      <translation>{name} götürüb</translation>
    </message>
    <message>
      <source>done</source>
      <translation>icra olunub</translation>
    </message>
    <message>
      <source>due {date}</source>
      <translation>son tarix {date}</translation>
    </message>
    <message>
      <source>entered by {name} on the operator's behalf</source>
      <translation>operatorun adından {name} daxil edib</translation>
    </message>
    <message>
      <source>no</source>
      <translation>xeyr</translation>
    </message>
    <message>
      <source>open</source>
      <translation>açıq</translation>
    </message>
    <message>
      <source>read the identity details</source>
      <translation>şəxsiyyət məlumatlarını oxuyub</translation>
    </message>
    <message>
      <source>read the notes</source>
      <translation>qeydləri oxuyub</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>bəli</translation>
    </message>
    <message>
      <source>{kind} “{value}”: in {calls} calls from one region</source>
      <translation>{kind} “{value}”: bir regiondan {calls} zəngdə</translation>
    </message>
    <message>
      <source>{kind} “{value}”: in {calls} calls from {regions} regions</source>
      <translation>{kind} “{value}”: {regions} regiondan {calls} zəngdə</translation>
    </message>
    <message>
      <source>{kind} “{value}”: only in this call</source>
      <translation>{kind} “{value}”: yalnız bu zəngdə</translation>
    </message>
    <message>
      <source>{when} {user}: {field} {old} → {new} ({reason})</source>
      <translation>{when} {user}: {field} {old} → {new} ({reason})</translation>
    </message>
  </context>
  <context>
    <name>DirectoryPage</name>
    <message>
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <source>2026-11-30 or 30.11.2026</source>
      <translation>2026-11-30 və ya 30.11.2026</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Ünvan</translation>
    </message>
    <message>
      <source>Azerbaijani</source>
      <translation>azərbaycanca</translation>
    </message>
    <message>
      <source>Checked today</source>
      <translation>Bu gün yoxlanıldı</translation>
    </message>
    <message>
      <source>Delete this entry</source>
      <translation>Bu qeydi sil</translation>
    </message>
    <message>
      <source>Directory entries</source>
      <translation>Kataloq qeydləri</translation>
    </message>
    <message>
      <source>English</source>
      <translation>ingiliscə</translation>
    </message>
    <message>
      <source>For the outcome</source>
      <translation>Hansı nəticə üçün</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>İş saatları</translation>
    </message>
    <message>
      <source>Last checked</source>
      <translation>Son yoxlama</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <source>New entry</source>
      <translation>Yeni qeyd</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Qeyd</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>Press again to delete</source>
      <translation>Silmək üçün yenidən basın</translation>
    </message>
    <message>
      <source>Referral directory</source>
      <translation>Yönləndirmə kataloqu</translation>
    </message>
    <message>
      <source>Russian</source>
      <translation>rusca</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Saxla</translation>
    </message>
    <message>
      <source>Saved: %1. Operators see it from their next call.</source>
      <translation>Saxlanıldı: %1. Operatorlar onu növbəti zəngdən görəcək.</translation>
    </message>
    <message>
      <source>Saved: %1. The operators see it now.</source>
      <translation>Saxlanıldı: %1. Operatorlar bunu indi görür.</translation>
    </message>
    <message>
      <source>The directory is the centre's, kept on its server: the operators of every workstation of the centre see the same entries.</source>
      <translation>Kataloq mərkəzindir və onun serverində saxlanılır: mərkəzin bütün iş yerlərindəki operatorlar eyni qeydləri görür.</translation>
    </message>
    <message>
      <source>The entry was deleted.</source>
      <translation>Qeyd silindi.</translation>
    </message>
    <message>
      <source>Type the date of the last check like 2026-11-30.</source>
      <translation>Son yoxlamanın tarixini 2026-11-30 kimi yazın.</translation>
    </message>
    <message>
      <source>Web site</source>
      <translation>Veb sayt</translation>
    </message>
    <message>
      <source>What they offer</source>
      <translation>Nə təklif edirlər</translation>
    </message>
    <message>
      <source>Who the operators call for each outcome. What you save here is shown beside the outcome from the operator's next call; every change is audited.</source>
      <translation>Operatorların hər nəticə üçün kimə zəng etdiyi. Burada saxladığınız operatorun növbəti zəngindən nəticənin yanında göstərilir; hər dəyişiklik audit jurnalına yazılır.</translation>
    </message>
    <message>
      <source>no number</source>
      <translation>nömrə yoxdur</translation>
    </message>
  </context>
  <context>
    <name>EntityList</name>
    <message>
      <source>Add an entity the caller mentions</source>
      <translation>Zəng edənin adını çəkdiyi obyekti əlavə et</translation>
    </message>
  </context>
  <context>
    <name>EntityRow</name>
    <message>
      <source>Entity value</source>
      <translation>Obyektin dəyəri</translation>
    </message>
    <message>
      <source>Kind of entity</source>
      <translation>Obyektin növü</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Sil</translation>
    </message>
    <message>
      <source>Remove this entity</source>
      <translation>Bu obyekti sil</translation>
    </message>
    <message numerus="yes">
      <source>already reported in %n call(s)</source>
      <translation>
        <numerusform>artıq %n zəngdə bildirilib</numerusform>
        <numerusform>artıq %n zəngdə bildirilib</numerusform>
      </translation>
    </message>
    <message>
      <source>as the caller said it</source>
      <translation>zəng edənin dediyi kimi</translation>
    </message>
  </context>
  <context>
    <name>ExportPage</name>
    <message>
      <source>Already exported: the same figures are written again.</source>
      <translation>Artıq ixrac edilib: eyni rəqəmlər yenidən yazılır.</translation>
    </message>
    <message>
      <source>An export for partners needs a second person: request %1 was made. Another administrator or a supervisor approves it on their Approvals page, signed in as themselves; then export again.</source>
      <translation>Tərəfdaşlar üçün ixrac ikinci şəxs tələb edir: %1 nömrəli sorğu göndərildi. Başqa administrator və ya nəzarətçi öz adı ilə daxil olub onu Təsdiqlər səhifəsində təsdiqləyir; sonra yenidən ixrac edin.</translation>
    </message>
    <message>
      <source>Audience</source>
      <translation>Auditoriya</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Ləğv et</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Ləğv edilir…</translation>
    </message>
    <message>
      <source>Counting and checking the table…</source>
      <translation>Cədvəl sayılır və yoxlanılır…</translation>
    </message>
    <message>
      <source>Earlier exports</source>
      <translation>Əvvəlki ixraclar</translation>
    </message>
    <message>
      <source>Export to</source>
      <translation>Harada saxlanılsın</translation>
    </message>
    <message>
      <source>Exported again, the same figures as before: {path}</source>
      <translation>Yenidən ixrac edildi, əvvəlki rəqəmlərlə eyni: {path}</translation>
    </message>
    <message>
      <source>Exported at (UTC)</source>
      <translation>İxrac vaxtı (UTC)</translation>
    </message>
    <message>
      <source>Exported with its signed manifest: {path}</source>
      <translation>İmzalanmış manifestlə ixrac edildi: {path}</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>İxrac edilir…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>İxrac et…</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Language of the file</source>
      <translation>Faylın dili</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <source>Partners under protocol</source>
      <translation>Protokol üzrə tərəfdaşlar</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Dövr</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Önbaxış</translation>
    </message>
    <message>
      <source>Public and parliament</source>
      <translation>İctimaiyyət və parlament</translation>
    </message>
    <message>
      <source>Request %1 for this export still waits for a second person's approval (Approvals); export again once it is approved.</source>
      <translation>Bu ixrac üçün %1 nömrəli sorğu hələ də ikinci şəxsin təsdiqini gözləyir (Təsdiqlər); təsdiqləndikdən sonra yenidən ixrac edin.</translation>
    </message>
    <message>
      <source>Suppressed: not published</source>
      <translation>Gizlədilib: dərc edilmir</translation>
    </message>
    <message>
      <source>Table</source>
      <translation>Cədvəl</translation>
    </message>
    <message>
      <source>{name} (k = {k})</source>
      <translation>{name} (k = {k})</translation>
    </message>
    <message>
      <source>{published} cells published, {suppressed} suppressed (marked {marker}); the audit passed with k = {k}.</source>
      <translation>{published} xana dərc edilir, {suppressed} xana gizlədilib ({marker} ilə işarələnib); yoxlama k = {k} ilə keçdi.</translation>
    </message>
  </context>
  <context>
    <name>HealthPage</name>
    <message>
      <source>%1 findings of sign-ins are not acknowledged.</source>
      <translation>Girişlər zamanı aşkarlanan %1 problem hələ qəbul edilməyib.</translation>
    </message>
    <message>
      <source>%1 follow-up tasks are overdue.</source>
      <translation>%1 izləmə tapşırığının müddəti keçib.</translation>
    </message>
    <message>
      <source>%1 reports to the Commission on Minors' Affairs are open for more than a day (calls %2).</source>
      <translation>Yetkinlik yaşına çatmayanların işləri üzrə Komissiyaya %1 məlumat bir gündən artıqdır açıq qalır (zənglər: %2).</translation>
    </message>
    <message>
      <source>A centre's backups are dumps of its server, listed in the folder they were written to; this workstation does not know that folder.</source>
      <translation>Mərkəzin ehtiyat nüsxələri onun serverinin dampılarıdır və yazıldıqları qovluqda siyahıya alınır; bu iş stansiyası həmin qovluğu bilmir.</translation>
    </message>
    <message>
      <source>A copy of its files could be attacked elsewhere by guessing passwords: keep this machine's disk encrypted and its backups locked away.</source>
      <translation>Fayllarının surətinə başqa yerdə parol təxmin etməklə hücum edilə bilər: bu kompüterin diskini şifrəli saxlayın, ehtiyat nüsxələri isə kilid altında.</translation>
    </message>
    <message>
      <source>Ask the supervisors to go through them on the Tasks page.</source>
      <translation>Nəzarətçilərdən xahiş edin ki, onlara Tapşırıqlar səhifəsində baxsınlar.</translation>
    </message>
    <message>
      <source>Ask them to change it at their next sign-in (Desk ▸ Change my password).</source>
      <translation>Növbəti girişdə onu dəyişmələrini xahiş edin (Masa ▸ Parolumu dəyiş).</translation>
    </message>
    <message>
      <source>Check the disk of this machine.</source>
      <translation>Bu kompüterin diskini yoxlayın.</translation>
    </message>
    <message>
      <source>Desk health</source>
      <translation>Masanın vəziyyəti</translation>
    </message>
    <message>
      <source>Do not trust it: make a new backup now and tell the person responsible for the desk.</source>
      <translation>Ona etibar etməyin: indi yeni ehtiyat nüsxə yaradın və masaya cavabdeh şəxsə xəbər verin.</translation>
    </message>
    <message>
      <source>Every user has chosen their own password.</source>
      <translation>Hər istifadəçi öz parolunu seçib.</translation>
    </message>
    <message>
      <source>Free disk space on this workstation: %1 GiB (the centre's calls are on its server; here are only the drafts and the calls not sent yet).</source>
      <translation>Bu iş stansiyasında boş disk sahəsi: %1 GiB (mərkəzin zəngləri onun serverindədir; burada yalnız qaralamalar və hələ göndərilməmiş zənglər var).</translation>
    </message>
    <message>
      <source>Free disk space: %1 GiB.</source>
      <translation>Diskdə boş yer: %1 GiB.</translation>
    </message>
    <message>
      <source>Free some space soon: the desk stops saving when the disk is full.</source>
      <translation>Tezliklə yer boşaldın: disk dolduqda masa yadda saxlamağı dayandırır.</translation>
    </message>
    <message>
      <source>Free space now: the desk may soon stop saving calls.</source>
      <translation>İndi yer boşaldın: masa tezliklə zəngləri yadda saxlamağı dayandıra bilər.</translation>
    </message>
    <message>
      <source>Keep this machine's disk encrypted.</source>
      <translation>Bu kompüterin diskini şifrələnmiş saxlayın.</translation>
    </message>
    <message>
      <source>Make a backup now and keep it away from this machine.</source>
      <translation>İndi ehtiyat nüsxə yaradın və onu bu kompüterdən ayrı saxlayın.</translation>
    </message>
    <message>
      <source>Make a backup now: every call since the last one would be lost with this machine.</source>
      <translation>İndi ehtiyat nüsxə yaradın: bu kompüter itərsə, sonuncudan bəri bütün zənglər itəcək.</translation>
    </message>
    <message>
      <source>Make a backup today.</source>
      <translation>Bu gün ehtiyat nüsxə yaradın.</translation>
    </message>
    <message>
      <source>No finding of a sign-in is waiting.</source>
      <translation>Girişlər zamanı aşkarlanan gözləyən problem yoxdur.</translation>
    </message>
    <message>
      <source>No follow-up task is overdue.</source>
      <translation>Müddəti keçmiş izləmə tapşırığı yoxdur.</translation>
    </message>
    <message>
      <source>No report to the Commission on Minors' Affairs is late.</source>
      <translation>Yetkinlik yaşına çatmayanların işləri üzrə Komissiyaya gecikmiş məlumat yoxdur.</translation>
    </message>
    <message>
      <source>Nothing to do.</source>
      <translation>Heç nə etmək lazım deyil.</translation>
    </message>
    <message>
      <source>On a centre, a cut or changed audit chain refuses the sign-in itself: no finding waits.</source>
      <translation>Mərkəzdə kəsilmiş və ya dəyişdirilmiş audit zənciri girişin özünü rədd edir: gözləyən aşkarlama yoxdur.</translation>
    </message>
    <message>
      <source>On the Backups page, open the folder and check the newest is recent.</source>
      <translation>Ehtiyat nüsxələr səhifəsində qovluğu açın və ən yenisinin təzə olduğunu yoxlayın.</translation>
    </message>
    <message>
      <source>Press “Verify now”.</source>
      <translation>“İndi yoxla” düyməsini basın.</translation>
    </message>
    <message>
      <source>Read them on the Audit log page (Verify the chain); restore a backup from before the change.</source>
      <translation>Onları Audit jurnalı səhifəsində oxuyun (Zənciri yoxla); dəyişiklikdən əvvəlki ehtiyat nüsxəni bərpa edin.</translation>
    </message>
    <message>
      <source>Read them on the Audit log page, act, and acknowledge each with what was done.</source>
      <translation>Onları Audit jurnalı səhifəsində oxuyun, tədbir görün və hər birini nə edildiyini yazaraq qəbul edin.</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Yenilə</translation>
    </message>
    <message>
      <source>Still on the password an administrator set: %1.</source>
      <translation>Hələ də administratorun təyin etdiyi paroldan istifadə edənlər: %1.</translation>
    </message>
    <message>
      <source>The backup register was changed outside the desk.</source>
      <translation>Ehtiyat nüsxələrin reyestri masadan kənarda dəyişdirilib.</translation>
    </message>
    <message>
      <source>The daily backup failed %1: %2</source>
      <translation>Gündəlik ehtiyat nüsxə %1 alınmadı: %2</translation>
    </message>
    <message>
      <source>The desk has never been verified.</source>
      <translation>Masa heç vaxt yoxlanılmayıb.</translation>
    </message>
    <message>
      <source>The desk is bound to this machine's keychain (%1).</source>
      <translation>Masa bu kompüterin açar saxlancına bağlıdır (%1).</translation>
    </message>
    <message>
      <source>The desk is not bound to this machine's keychain.</source>
      <translation>Masa bu kompüterin açar saxlancına bağlı deyil.</translation>
    </message>
    <message>
      <source>The free disk space could not be read.</source>
      <translation>Diskdəki boş yeri oxumaq mümkün olmadı.</translation>
    </message>
    <message>
      <source>The last verify (%1) checked clean.</source>
      <translation>Son yoxlama (%1) problemsiz keçdi.</translation>
    </message>
    <message>
      <source>The last verify (%1) found %2 problems.</source>
      <translation>Son yoxlama (%1) %2 problem tapdı.</translation>
    </message>
    <message>
      <source>The newest verified backup is %1 hours old (%2).</source>
      <translation>Yoxlanılmış ən yeni ehtiyat nüsxə %1 saat əvvəl yaradılıb (%2).</translation>
    </message>
    <message>
      <source>There is no verified backup yet.</source>
      <translation>Hələ yoxlanılmış ehtiyat nüsxə yoxdur.</translation>
    </message>
    <message>
      <source>They are due within a day: ask the supervisors to send them today.</source>
      <translation>Onlar bir gün ərzində göndərilməlidir: nəzarətçilərdən bu gün göndərmələrini xahiş edin.</translation>
    </message>
    <message>
      <source>This workstation's secret is in a file, not in a keychain.</source>
      <translation>Bu iş stansiyasının sirri açar zəncirində deyil, faylda saxlanılır.</translation>
    </message>
    <message>
      <source>This workstation's secret is in its keychain (%1).</source>
      <translation>Bu iş stansiyasının sirri onun açar zəncirindədir (%1).</translation>
    </message>
    <message>
      <source>Verify again: once a week at least.</source>
      <translation>Yenidən yoxlayın: ən azı həftədə bir dəfə.</translation>
    </message>
    <message>
      <source>Verify now</source>
      <translation>İndi yoxla</translation>
    </message>
    <message>
      <source>act now</source>
      <translation>dərhal tədbir görün</translation>
    </message>
    <message>
      <source>fine</source>
      <translation>qaydasındadır</translation>
    </message>
    <message>
      <source>needs attention</source>
      <translation>diqqət tələb edir</translation>
    </message>
  </context>
  <context>
    <name>HelpMenu</name>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Kömək</translation>
    </message>
    <message>
      <source>About the 152 hotline desk…</source>
      <translation>152 qaynar xətt masası haqqında…</translation>
    </message>
  </context>
  <context>
    <name>IdentitySection</name>
    <message>
      <source>11. Identity details (only with the person's consent)</source>
      <translation>11. Şəxsiyyət məlumatları (yalnız şəxsin razılığı ilə)</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Ünvan</translation>
    </message>
    <message>
      <source>Document number</source>
      <translation>Sənədin nömrəsi</translation>
    </message>
    <message>
      <source>Identity details held (sealed in the vault; only a supervisor can open them)</source>
      <translation>Şəxsiyyət məlumatları saxlanılır (seyfdə möhürlənib; yalnız nəzarətçi aça bilər)</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefon</translation>
    </message>
    <message>
      <source>Sealed when saved: after that you cannot read them back.</source>
      <translation>Yadda saxlandıqda möhürlənir: bundan sonra onları oxuya bilməzsiniz.</translation>
    </message>
    <message>
      <source>The person consents to keeping their identity details</source>
      <translation>Şəxs məlumatlarının saxlanmasına razıdır</translation>
    </message>
    <message>
      <source>only with consent: tick the box above</source>
      <translation>yalnız razılıqla: yuxarıdakı qutunu işarələyin</translation>
    </message>
  </context>
  <context>
    <name>ImportPage</name>
    <message>
      <source>A CSV or XLSX file of the old log; nothing is read before you choose it.</source>
      <translation>Köhnə jurnalın CSV və ya XLSX faylı; siz seçənə qədər heç nə oxunmur.</translation>
    </message>
    <message>
      <source>All {rows} rows can be imported; nothing was written yet.</source>
      <translation>Bütün {rows} sətir idxal edilə bilər; hələ heç nə yazılmayıb.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Ləğv et</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Ləğv edilir…</translation>
    </message>
    <message>
      <source>Checking and importing…</source>
      <translation>Yoxlanılır və idxal edilir…</translation>
    </message>
    <message>
      <source>Checking every row…</source>
      <translation>Hər sətir yoxlanılır…</translation>
    </message>
    <message>
      <source>Choose a file…</source>
      <translation>Fayl seçin…</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>Sütun</translation>
    </message>
    <message>
      <source>Columns of the file and the field each fills</source>
      <translation>Faylın sütunları və hər birinin doldurduğu sahə</translation>
    </message>
    <message>
      <source>Confirm mapping</source>
      <translation>Uyğunluğu təsdiqlə</translation>
    </message>
    <message>
      <source>Dry run</source>
      <translation>Sınaq yoxlaması</translation>
    </message>
    <message>
      <source>Every value is mapped. Check the mapping, then confirm it.</source>
      <translation>Bütün dəyərlər uyğunlaşdırılıb. Uyğunluğu yoxlayın, sonra təsdiqləyin.</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Sahə</translation>
    </message>
    <message>
      <source>Header</source>
      <translation>Başlıq</translation>
    </message>
    <message>
      <source>Header and first values</source>
      <translation>Başlıq və ilk dəyərlər</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>İdxal et</translation>
    </message>
    <message>
      <source>Import the {rows} rows of the file as calls? Every row is checked again first; one problem and nothing is imported.</source>
      <translation>Faylın {rows} sətri zəng kimi idxal edilsin? Əvvəlcə hər sətir yenidən yoxlanılır; bir problem olsa, heç nə idxal edilmir.</translation>
    </message>
    <message>
      <source>Imported {count} calls. The mapping was kept for the next file.</source>
      <translation>{count} zəng idxal edildi. Uyğunluq növbəti fayl üçün saxlanıldı.</translation>
    </message>
    <message>
      <source>Mapping confirmed and kept in the desk for the next file. Preview the first rows, or check every row with a dry run.</source>
      <translation>Uyğunluq təsdiqləndi və növbəti fayl üçün masada saxlanıldı. İlk sətirlərə baxın və ya sınaq yoxlaması ilə hər sətri yoxlayın.</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Önbaxış</translation>
    </message>
    <message>
      <source>Preview: the first rows as they will be stored</source>
      <translation>Önbaxış: ilk sətirlər saxlanılacağı kimi</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Problemlər</translation>
    </message>
    <message>
      <source>Reading {name}…</source>
      <translation>{name} oxunur…</translation>
    </message>
    <message>
      <source>Reject: its rows are problems</source>
      <translation>Rədd et: onun sətirləri problemdir</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Sətir</translation>
    </message>
    <message>
      <source>Rows</source>
      <translation>Sətirlər</translation>
    </message>
    <message>
      <source>Rows without an operator:</source>
      <translation>Operatoru olmayan sətirlər:</translation>
    </message>
    <message>
      <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
      <translation>Cədvəllər (*.csv *.xlsx *.txt);;Bütün fayllar (*)</translation>
    </message>
    <message>
      <source>Taken for</source>
      <translation>Nə kimi qəbul edilir</translation>
    </message>
    <message>
      <source>The coded columns hold {count} different values; the first {shown} are listed. Is a column of free text mapped to a coded field?</source>
      <translation>Kodlu sütunlarda {count} müxtəlif dəyər var; ilk {shown} dəyər göstərilir. Sərbəst mətn sütunu kodlu sahəyə uyğunlaşdırılmayıb ki?</translation>
    </message>
    <message>
      <source>The first rows have {count} problems (see Problems).</source>
      <translation>İlk sətirlərdə {count} problem var (Problemlər bölməsinə baxın).</translation>
    </message>
    <message>
      <source>The old log</source>
      <translation>Köhnə jurnal</translation>
    </message>
    <message>
      <source>The saved mapping was changed outside the program (it is not the one an administrator saved), so it was not used: every column and value is guessed anew. Tell the administrator of the desk.</source>
      <translation>Saxlanmış uyğunluq proqramdan kənarda dəyişdirilib (administratorun saxladığı deyil), ona görə istifadə edilmədi: hər sütun və dəyər yenidən təxmin edilir. Masanın administratoruna bildirin.</translation>
    </message>
    <message>
      <source>Value in the file</source>
      <translation>Fayldakı dəyər</translation>
    </message>
    <message>
      <source>Values of the coded columns (unknown ones first): map or reject them</source>
      <translation>Kodlu sütunların dəyərləri (əvvəlcə naməlumlar): uyğunlaşdırın və ya rədd edin</translation>
    </message>
    <message>
      <source>no</source>
      <translation>xeyr</translation>
    </message>
    <message>
      <source>none: such rows are problems</source>
      <translation>yoxdur: belə sətirlər problemdir</translation>
    </message>
    <message>
      <source>these rows were already imported on {date}: importing them again stores every call twice</source>
      <translation>bu sətirlər artıq {date} tarixində idxal edilib: yenidən idxal hər zəngi iki dəfə saxlayar</translation>
    </message>
    <message>
      <source>these rows were already imported on {date}; the calls the centre holds are not stored again</source>
      <translation>bu sətirlər artıq {date} tarixində idxal edilib; mərkəzdə olan zənglər yenidən saxlanılmır</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>bəli</translation>
    </message>
    <message>
      <source>{count} problems in {rows} rows; nothing was imported. Fix them in the file or in the mapping, then check again.</source>
      <translation>{rows} sətirdə {count} problem; heç nə idxal edilmədi. Onları faylda və ya uyğunluqda düzəldin, sonra yenidən yoxlayın.</translation>
    </message>
    <message>
      <source>{count} problems; nothing was imported. Fix them in the file or in the mapping, then check again.</source>
      <translation>{count} problem; heç nə idxal edilmədi. Onları faylda və ya uyğunluqda düzəldin, sonra yenidən yoxlayın.</translation>
    </message>
    <message>
      <source>{count} values are not mapped yet (marked): map or reject each.</source>
      <translation>{count} dəyər hələ uyğunlaşdırılmayıb (işarələnib): hər birini uyğunlaşdırın və ya rədd edin.</translation>
    </message>
    <message>
      <source>{held} calls of the file were on the centre already (imported before) and were not stored again.</source>
      <translation>Faylın {held} zəngi mərkəzdə artıq var idi (əvvəl idxal edilib) və yenidən saxlanılmadı.</translation>
    </message>
    <message>
      <source>{name}: {rows} rows, {columns} columns</source>
      <translation>{name}: {rows} sətir, {columns} sütun</translation>
    </message>
    <message>
      <source>— left out —</source>
      <translation>— daxil edilmir —</translation>
    </message>
    <message>
      <source>— not mapped —</source>
      <translation>— uyğunlaşdırılmayıb —</translation>
    </message>
  </context>
  <context>
    <name>IndicatorChecklist</name>
    <message>
      <source>%1 strong, %2 medium, %3 weak indicators</source>
      <translation>Göstəricilər: %1 güclü, %2 orta, %3 zəif</translation>
    </message>
    <message>
      <source>Indicators of trafficking (screening checklist)</source>
      <translation>İnsan alveri göstəriciləri (yoxlama siyahısı)</translation>
    </message>
    <message>
      <source>No indicators ticked.</source>
      <translation>Heç bir göstərici qeyd edilməyib.</translation>
    </message>
    <message>
      <source>Show or hide the indicators checklist</source>
      <translation>Göstəricilər siyahısını göstər və ya gizlət</translation>
    </message>
    <message>
      <source>These indicators suggest a possible victim of trafficking. Tick the "possible victim" flag below if you agree.</source>
      <translation>Bu göstəricilər ehtimal olunan insan alveri qurbanına işarə edir. Razısınızsa, aşağıda "ehtimal olunan qurban" qeydini seçin.</translation>
    </message>
    <message>
      <source>medium</source>
      <translation>orta</translation>
    </message>
    <message>
      <source>strong</source>
      <translation>güclü</translation>
    </message>
    <message>
      <source>weak</source>
      <translation>zəif</translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <source>%1, type your password to go on. Any call you were taking is kept.</source>
      <translation>%1, davam etmək üçün parolunuzu yazın. Qəbul etdiyiniz zəng saxlanılıb.</translation>
    </message>
    <message>
      <source>Checking the password</source>
      <translation>Parol yoxlanılır</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Parol</translation>
    </message>
    <message>
      <source>Sign out instead</source>
      <translation>Bunun əvəzinə çıxış et</translation>
    </message>
    <message>
      <source>The desk is locked</source>
      <translation>Masa kilidlənib</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Kilidi aç</translation>
    </message>
  </context>
  <context>
    <name>LoginWindow</name>
    <message>
      <source>152 — Hotline desk</source>
      <translation>152 — Qaynar xətt masası</translation>
    </message>
    <message>
      <source>DEMO</source>
      <translation>DEMO</translation>
    </message>
    <message>
      <source>DEMO desk with invented calls, deleted when the program closes. Demo users:</source>
      <translation>Uydurma zənglərlə DEMO masa; proqram bağlananda silinir. Demo istifadəçilər:</translation>
    </message>
    <message>
      <source>Demo users and passwords</source>
      <translation>Demo istifadəçilər və parollar</translation>
    </message>
    <message>
      <source>Interface language</source>
      <translation>İnterfeys dili</translation>
    </message>
    <message>
      <source>Opening the desk</source>
      <translation>Masa açılır</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Parol</translation>
    </message>
    <message>
      <source>Password lost? Use the recovery code</source>
      <translation>Parol itib? Bərpa kodundan istifadə edin</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation>Daxil ol</translation>
    </message>
    <message>
      <source>Sign in offline</source>
      <translation>Oflayn daxil ol</translation>
    </message>
    <message>
      <source>Sign in to take calls. Everything stays encrypted.</source>
      <translation>Zəng qəbul etmək üçün daxil olun. Hər şey şifrəli qalır.</translation>
    </message>
    <message>
      <source>Sign in to the centre on {server}. Notes and identity details are encrypted on this computer before they are sent.</source>
      <translation>{server} serverindəki mərkəzə daxil olun. Qeydlər və şəxsiyyət məlumatları göndərilməzdən əvvəl bu kompüterdə şifrələnir.</translation>
    </message>
    <message>
      <source>Type your password.</source>
      <translation>Parolunuzu yazın.</translation>
    </message>
    <message>
      <source>Type your user name.</source>
      <translation>İstifadəçi adınızı yazın.</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>İstifadəçi adı</translation>
    </message>
    <message>
      <source>You can sign in offline, with this computer's copy of the centre's keys: the calls you save are kept here and sent when the server is back.</source>
      <translation>Bu kompüterdəki mərkəz açarlarının surəti ilə oflayn daxil ola bilərsiniz: saxladığınız zənglər burada qalır və server qayıdanda göndərilir.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;Desk</source>
      <translation>&amp;Masa</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Dil</translation>
    </message>
    <message>
      <source>&amp;Pages</source>
      <translation>&amp;Səhifələr</translation>
    </message>
    <message>
      <source>152 — Hotline desk</source>
      <translation>152 — Qaynar xətt masası</translation>
    </message>
    <message>
      <source>Cancel the backup</source>
      <translation>Ehtiyat nüsxəni ləğv et</translation>
    </message>
    <message>
      <source>Cancelling the backup…</source>
      <translation>Ehtiyat nüsxə ləğv edilir…</translation>
    </message>
    <message>
      <source>Change my password…</source>
      <translation>Parolumu dəyiş…</translation>
    </message>
    <message>
      <source>DEMO</source>
      <translation>DEMO</translation>
    </message>
    <message>
      <source>Finishing the backup…</source>
      <translation>Ehtiyat nüsxə başa çatdırılır…</translation>
    </message>
    <message>
      <source>Linking earlier calls by the entities they name: %1 of %2 calls</source>
      <translation>Əvvəlki zənglər adını çəkdikləri obyektlərlə əlaqələndirilir: %2 zəngdən %1</translation>
    </message>
    <message>
      <source>Lock the screen</source>
      <translation>Ekranı kilidlə</translation>
    </message>
    <message>
      <source>Preparing the notes' search: %1 of %2 calls</source>
      <translation>Qeydlərdə axtarış hazırlanır: %2 zəngdən %1</translation>
    </message>
    <message>
      <source>Press Esc again at once to hide the screen.</source>
      <translation>Ekranı gizlətmək üçün dərhal yenə Esc basın.</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Çıxış</translation>
    </message>
    <message>
      <source>Sealing the notes of the upgraded desk: %1 of %2 texts</source>
      <translation>Yenilənmiş masanın qeydləri möhürlənir: %2 mətndən %1</translation>
    </message>
    <message>
      <source>Sign out</source>
      <translation>Hesabdan çıx</translation>
    </message>
    <message>
      <source>The daily backup was not written: %1 An administrator sees it on Desk health.</source>
      <translation>Gündəlik ehtiyat nüsxə yazılmadı: %1 Administrator bunu «Masanın vəziyyəti» səhifəsində görür.</translation>
    </message>
    <message>
      <source>The daily backup was written and verified.</source>
      <translation>Gündəlik ehtiyat nüsxə yazıldı və yoxlanıldı.</translation>
    </message>
    <message>
      <source>Your password was changed.</source>
      <translation>Parolunuz dəyişdirildi.</translation>
    </message>
  </context>
  <context>
    <name>MyTasks</name>
    <message>
      <source>How it was done: date, reference, to whom</source>
      <translation>Necə icra olundu: tarix, istinad, kimə</translation>
    </message>
    <message>
      <source>How the task was done</source>
      <translation>Tapşırıq necə icra olundu</translation>
    </message>
    <message>
      <source>My open tasks</source>
      <translation>Açıq tapşırıqlarım</translation>
    </message>
    <message>
      <source>My open tasks: %1</source>
      <translation>Açıq tapşırıqlarım: %1</translation>
    </message>
    <message>
      <source>Not assigned to you yet: a supervisor records it as done (or assigns it to you).</source>
      <translation>Hələ sizə təhvil verilməyib: onu nəzarətçi icra olunmuş kimi qeyd edir (və ya sizə təhvil verir).</translation>
    </message>
    <message>
      <source>Record as done</source>
      <translation>İcra olunmuş kimi qeyd et</translation>
    </message>
    <message>
      <source>Record the selected task as done</source>
      <translation>Seçilmiş tapşırığı icra olunmuş kimi qeyd et</translation>
    </message>
    <message>
      <source>due %1</source>
      <translation>son tarix %1</translation>
    </message>
  </context>
  <context>
    <name>NoContentBar</name>
    <message>
      <source>Log a call without content: %1</source>
      <translation>Məzmunsuz zəngi qeyd et: %1</translation>
    </message>
    <message>
      <source>No content (one key):</source>
      <translation>Məzmunsuz zəng (bir düymə):</translation>
    </message>
    <message>
      <source>No content? Ctrl+Shift and the letter ends this call as one (S, D, W…)</source>
      <translation>Məzmunsuzdur? Ctrl+Shift və hərf bu zəngi məzmunsuz kimi bitirir (S, D, W…)</translation>
    </message>
    <message>
      <source>Press %1 when no call is open</source>
      <translation>Açıq zəng olmayanda %1 basın</translation>
    </message>
    <message>
      <source>This shift: %1 without content</source>
      <translation>Bu növbədə: %1 məzmunsuz</translation>
    </message>
  </context>
  <context>
    <name>NotOnCentrePage</name>
    <message>
      <source>A centre is restored on its server, into a new database, with 'hotline restore --server' and a backup the Backups page wrote.</source>
      <translation>Mərkəz öz serverində, yeni verilənlər bazasına, 'hotline restore --server' əmri və Ehtiyat nüsxələr səhifəsinin yazdığı ehtiyat nüsxə ilə bərpa olunur.</translation>
    </message>
    <message>
      <source>This page is not available on a centre yet. Here it would show only this computer's own copy, not the centre's, so it shows nothing and changes nothing. Nothing was changed.</source>
      <translation>Bu səhifə hələ mərkəzdə mümkün deyil. Burada o, mərkəzin deyil, yalnız bu kompüterin öz surətini göstərərdi, ona görə heç nə göstərmir və heç nəyi dəyişmir. Heç nə dəyişdirilmədi.</translation>
    </message>
  </context>
  <context>
    <name>Notes</name>
    <message>
      <source>Notes</source>
      <translation>Qeydlər</translation>
    </message>
    <message>
      <source>Suggested topics (click to tick):</source>
      <translation>Təklif olunan mövzular (seçmək üçün basın):</translation>
    </message>
    <message>
      <source>Tick the suggested topic %1</source>
      <translation>Təklif olunan mövzunu seç: %1</translation>
    </message>
    <message>
      <source>What the caller said, in their words; no names or phone numbers of the caller</source>
      <translation>Zəng edənin dedikləri, öz sözləri ilə; zəng edənin adı və telefonu yazılmır</translation>
    </message>
  </context>
  <context>
    <name>OperatorPage</name>
    <message>
      <source>A new pseudonym from the desk: read it out to the caller.</source>
      <translation>Masadan yeni təxəllüs: onu zəng edənə oxuyun.</translation>
    </message>
    <message numerus="yes">
      <source>A person the desk knows: %n earlier call(s).</source>
      <translation>
        <numerusform>Masanın tanıdığı şəxs: əvvəlki %n zəng.</numerusform>
        <numerusform>Masanın tanıdığı şəxs: əvvəlki %n zəng.</numerusform>
      </translation>
    </message>
    <message>
      <source>An unfinished call from %1 (%2 on the timer) was kept after the program closed. Resume it to finish and save it.</source>
      <translation>Proqram bağlandıqdan sonra %1 tarixli yarımçıq zəng saxlanılıb (taymerdə %2). Tamamlayıb yadda saxlamaq üçün davam edin.</translation>
    </message>
    <message>
      <source>Call saved.</source>
      <translation>Zəng yadda saxlanıldı.</translation>
    </message>
    <message>
      <source>Correcting a saved call; Save stores the correction.</source>
      <translation>Saxlanmış zəng düzəldilir; "Yadda saxla" düzəlişi saxlayır.</translation>
    </message>
    <message>
      <source>Discard it</source>
      <translation>Ləğv et</translation>
    </message>
    <message>
      <source>Discard the unfinished call</source>
      <translation>Yarımçıq zəngi ləğv et</translation>
    </message>
    <message>
      <source>Follow-up task on your list, due %1.</source>
      <translation>Təqib tapşırığı siyahınızdadır, müddəti %1.</translation>
    </message>
    <message>
      <source>Identity details held (sealed).</source>
      <translation>Şəxsiyyət məlumatları saxlanılır (möhürlənib).</translation>
    </message>
    <message>
      <source>Logged: %1</source>
      <translation>Qeyd edildi: %1</translation>
    </message>
    <message>
      <source>Messages</source>
      <translation>Mesajlar</translation>
    </message>
    <message>
      <source>No call is open. When the phone rings press Ctrl+N (or the green button). For a call without content (silent, dropped, wrong number...) press the letter shown on its button: one key logs it.</source>
      <translation>Açıq zəng yoxdur. Telefon zəng çalanda Ctrl+N (və ya yaşıl düyməni) basın. Məzmunsuz zəng üçün (səssiz, kəsilmiş, səhv nömrə...) düyməsindəki hərfi basın: bir düymə onu qeyd edir.</translation>
    </message>
    <message>
      <source>Not typed into any field: the keyboard is on "%1", which takes no text. Move to a text field (Tab, or Alt+0 for the notes) and type again.</source>
      <translation>Heç bir sahəyə yazılmadı: klaviatura mətn qəbul etməyən "%1" üzərindədir. Mətn sahəsinə keçin (Tab və ya qeydlər üçün Alt+0) və yenidən yazın.</translation>
    </message>
    <message>
      <source>Resume the unfinished call</source>
      <translation>Yarımçıq zəngə davam et</translation>
    </message>
    <message>
      <source>Returned by the supervisor: %1</source>
      <translation>Nəzarətçi geri qaytarıb: %1</translation>
    </message>
    <message>
      <source>The call was discarded.</source>
      <translation>Zəng ləğv edildi.</translation>
    </message>
    <message>
      <source>The correction was dropped; the saved call is unchanged.</source>
      <translation>Düzəliş ləğv edildi; saxlanmış zəng dəyişməyib.</translation>
    </message>
    <message>
      <source>The correction was saved.</source>
      <translation>Düzəliş yadda saxlanıldı.</translation>
    </message>
    <message>
      <source>The supervisor's comment</source>
      <translation>Nəzarətçinin şərhi</translation>
    </message>
    <message>
      <source>The task is recorded as done.</source>
      <translation>Tapşırıq icra olunmuş kimi qeyd edildi.</translation>
    </message>
    <message>
      <source>This call already has content: save it, or discard it first.</source>
      <translation>Bu zəngdə artıq məzmun var: onu yadda saxlayın və ya əvvəlcə ləğv edin.</translation>
    </message>
    <message>
      <source>Two open tasks created, due today: report to the Commission on Minors' Affairs and to the guardianship and custody authority.</source>
      <translation>Bu gün icra olunmalı iki açıq tapşırıq yaradıldı: Yetkinlik yaşına çatmayanların işləri üzrə Komissiyaya və qəyyumluq və himayə orqanına məlumat.</translation>
    </message>
    <message>
      <source>Undo the last one-key call (Ctrl+Z)</source>
      <translation>Son bir düyməli zəngi geri al (Ctrl+Z)</translation>
    </message>
    <message>
      <source>Undone: %1 (not counted)</source>
      <translation>Geri alındı: %1 (sayılmır)</translation>
    </message>
    <message>
      <source>Unfinished call</source>
      <translation>Yarımçıq zəng</translation>
    </message>
    <message>
      <source>What to do next</source>
      <translation>Növbəti addım</translation>
    </message>
    <message>
      <source>the tabs of the window</source>
      <translation>pəncərənin vərəqləri</translation>
    </message>
  </context>
  <context>
    <name>Outcomes</name>
    <message>
      <source>Follow-up task for you, due</source>
      <translation>Sizin üçün təqib tapşırığı, müddəti</translation>
    </message>
    <message>
      <source>Phone numbers for this referral</source>
      <translation>Bu yönləndirmə üçün telefon nömrələri</translation>
    </message>
    <message>
      <source>checked %1</source>
      <translation>yoxlanılıb: %1</translation>
    </message>
    <message>
      <source>in 3 days</source>
      <translation>3 gün sonra</translation>
    </message>
    <message>
      <source>in a week</source>
      <translation>bir həftə sonra</translation>
    </message>
    <message>
      <source>no verified number entered yet</source>
      <translation>hələ təsdiqlənmiş nömrə daxil edilməyib</translation>
    </message>
    <message>
      <source>tomorrow</source>
      <translation>sabah</translation>
    </message>
  </context>
  <context>
    <name>OutsideContactPage</name>
    <message>
      <source>A contact taken outside the desk (walk-in, e-mail or letter, message, referral) is entered here for the operator who took it, with the date and time it really happened.</source>
      <translation>Xətdən kənar qəbul edilmiş müraciət (şəxsən gəlmə, e-poçt və ya məktub, mesaj, yönləndirmə) burada onu qəbul edən operatorun adından, faktiki tarix və vaxtla daxil edilir.</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Kanal</translation>
    </message>
    <message>
      <source>Date and time</source>
      <translation>Tarix və vaxt</translation>
    </message>
    <message>
      <source>Save the contact</source>
      <translation>Müraciəti saxla</translation>
    </message>
    <message>
      <source>Saved for {operator}. The pseudonym was {p}.</source>
      <translation>{operator} üçün saxlanıldı. Təxəllüs: {p}.</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Saxlanılır…</translation>
    </message>
    <message>
      <source>Taken by</source>
      <translation>Qəbul edən</translation>
    </message>
  </context>
  <context>
    <name>OwnPasswordDialog</name>
    <message>
      <source>&amp;Current password:</source>
      <translation>&amp;Hazırkı parol:</translation>
    </message>
    <message>
      <source>Change my password</source>
      <translation>Parolumu dəyiş</translation>
    </message>
  </context>
  <context>
    <name>PasswordFields</name>
    <message>
      <source>&amp;New password:</source>
      <translation>&amp;Yeni parol:</translation>
    </message>
    <message>
      <source>At least 15 characters (a few words)</source>
      <translation>Ən azı 15 simvol (bir neçə söz)</translation>
    </message>
    <message>
      <source>At most 256 characters</source>
      <translation>Ən çox 256 simvol</translation>
    </message>
    <message>
      <source>Both entries are the same</source>
      <translation>Hər iki yazı eynidir</translation>
    </message>
    <message>
      <source>New password &amp;again:</source>
      <translation>Yeni parol &amp;təkrar:</translation>
    </message>
    <message>
      <source>Not a repeated or sequential pattern</source>
      <translation>Təkrarlanan və ya ardıcıl naxış deyil</translation>
    </message>
    <message>
      <source>Not just the user name</source>
      <translation>Sadəcə istifadəçi adı deyil</translation>
    </message>
    <message>
      <source>Not one of the commonest passwords</source>
      <translation>Ən geniş yayılmış parollardan deyil</translation>
    </message>
  </context>
  <context>
    <name>PrivacyScreen</name>
    <message>
      <source>Press Esc twice to return</source>
      <translation>Qayıtmaq üçün Esc düyməsini iki dəfə basın</translation>
    </message>
    <message>
      <source>Privacy screen</source>
      <translation>Məxfilik ekranı</translation>
    </message>
  </context>
  <context>
    <name>Problems</name>
    <message>
      <source>Not saved yet; everything you typed is kept. Missing or wrong:</source>
      <translation>Hələ yadda saxlanmayıb; yazdıqlarınızın hamısı qalır. Çatışmır və ya səhvdir:</translation>
    </message>
    <message>
      <source>Something went wrong; nothing typed was lost. Try again.</source>
      <translation>Nəsə alınmadı; yazılanların heç biri itməyib. Yenidən cəhd edin.</translation>
    </message>
    <message>
      <source>That did not work; nothing was changed.</source>
      <translation>Alınmadı; heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
      <source>That did not work; nothing was written.</source>
      <translation>Alınmadı; heç nə yazılmadı.</translation>
    </message>
  </context>
  <context>
    <name>RecentCalls</name>
    <message>
      <source>Call</source>
      <translation>Zəng</translation>
    </message>
    <message>
      <source>Correct the selected call</source>
      <translation>Seçilmiş zəngi düzəlt</translation>
    </message>
    <message>
      <source>DO NOT CALL BACK</source>
      <translation>GERİ ZƏNG ETMƏYİN</translation>
    </message>
    <message>
      <source>My calls of the last 24 hours</source>
      <translation>Son 24 saatda qəbul etdiyim zənglər</translation>
    </message>
    <message>
      <source>My calls, last 24 hours</source>
      <translation>Zənglərim, son 24 saat</translation>
    </message>
    <message>
      <source>RETURNED: correct it</source>
      <translation>QAYTARILIB: düzəldin</translation>
    </message>
    <message>
      <source>Topic and state</source>
      <translation>Mövzu və vəziyyət</translation>
    </message>
    <message>
      <source>can be corrected</source>
      <translation>düzəldilə bilər</translation>
    </message>
    <message>
      <source>reviewed</source>
      <translation>yoxlanılıb</translation>
    </message>
  </context>
  <context>
    <name>RecoveryPanel</name>
    <message>
      <source>New password</source>
      <translation>Yeni parol</translation>
    </message>
    <message>
      <source>New password again</source>
      <translation>Yeni parol təkrar</translation>
    </message>
    <message>
      <source>Recovery code</source>
      <translation>Bərpa kodu</translation>
    </message>
    <message>
      <source>Set the new password and sign in</source>
      <translation>Yeni parolu təyin et və daxil ol</translation>
    </message>
    <message>
      <source>That is not a valid recovery code: check every group of five characters.</source>
      <translation>Bu, düzgün bərpa kodu deyil: beş simvoldan ibarət hər qrupu yoxlayın.</translation>
    </message>
    <message>
      <source>The recovery code does not open this desk.</source>
      <translation>Bu bərpa kodu bu masanı açmır.</translation>
    </message>
    <message>
      <source>The recovery code was shown once when the desk was set up. It gives the user below a new password; this is recorded in the audit log.</source>
      <translation>Bərpa kodu masa qurulanda bir dəfə göstərilib. O, aşağıdakı istifadəçiyə yeni parol verir; bu, audit jurnalında qeyd olunur.</translation>
    </message>
    <message>
      <source>The two new passwords differ.</source>
      <translation>İki yeni parol bir-birindən fərqlənir.</translation>
    </message>
    <message>
      <source>Type the new password.</source>
      <translation>Yeni parolu yazın.</translation>
    </message>
    <message>
      <source>Type the user name whose password was lost.</source>
      <translation>Parolu itmiş istifadəçinin adını yazın.</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>İstifadəçi adı</translation>
    </message>
  </context>
  <context>
    <name>ResetPasswordDialog</name>
    <message>
      <source>%1 gets a new password and new keys; the old password stops working at once. Give it to them in person and ask them to change it at their first sign-in (Desk ▸ Change my password).</source>
      <translation>%1 yeni parol və yeni açarlar alır; köhnə parol dərhal işləməz olur. Parolu ona şəxsən verin və ilk girişdə dəyişməsini xahiş edin (Masa ▸ Parolumu dəyiş).</translation>
    </message>
    <message>
      <source>Reset the password of %1</source>
      <translation>%1 üçün parolu sıfırla</translation>
    </message>
  </context>
  <context>
    <name>RestorePage</name>
    <message>
      <source>Another backup file…</source>
      <translation>Başqa nüsxə faylı…</translation>
    </message>
    <message>
      <source>Audit log: {count} entries, the last on {when}.</source>
      <translation>Audit jurnalı: {count} qeyd, sonuncusu {when}.</translation>
    </message>
    <message>
      <source>Backup file</source>
      <translation>Ehtiyat nüsxə faylı</translation>
    </message>
    <message>
      <source>Backup: {path}</source>
      <translation>Ehtiyat nüsxə: {path}</translation>
    </message>
    <message>
      <source>Backups (*.tar)</source>
      <translation>Ehtiyat nüsxələr (*.tar)</translation>
    </message>
    <message>
      <source>Its checks found problems: {problems}</source>
      <translation>Yoxlamalar problem tapdı: {problems}</translation>
    </message>
    <message>
      <source>No calls.</source>
      <translation>Zəng yoxdur.</translation>
    </message>
    <message>
      <source>Nothing was changed. Restore it if this is the backup you want.</source>
      <translation>Heç nə dəyişdirilmədi. İstədiyiniz nüsxə budursa, onu bərpa edin.</translation>
    </message>
    <message>
      <source>Opening the backup beside the desk…</source>
      <translation>Nüsxə masanın yanında açılır…</translation>
    </message>
    <message>
      <source>Pick a backup above, or another backup file.</source>
      <translation>Yuxarıda nüsxə seçin və ya başqa nüsxə faylı götürün.</translation>
    </message>
    <message>
      <source>Pick a backup first.</source>
      <translation>Əvvəlcə nüsxə seçin.</translation>
    </message>
    <message>
      <source>Replace the whole desk with the backup written {when}? Everything saved since then is replaced (it is kept aside, not deleted), and you will sign in again.</source>
      <translation>Bütün masa {when} tarixində yazılmış nüsxə ilə əvəz edilsin? O vaxtdan bəri saxlanılan hər şey əvəz olunacaq (silinmir, kənarda saxlanılır) və siz yenidən daxil olacaqsınız.</translation>
    </message>
    <message>
      <source>Restore this backup</source>
      <translation>Bu nüsxəni bərpa et</translation>
    </message>
    <message>
      <source>Restore this backup…</source>
      <translation>Bu nüsxəni bərpa et…</translation>
    </message>
    <message>
      <source>Restoring puts the whole desk back as it was when the backup was written; what was saved since is not in it. First see what the backup holds: nothing changes until you restore. The files it replaces are kept in a folder beside the desk, and everyone signs in again with the passwords of that day.</source>
      <translation>Bərpa bütün masanı nüsxənin yazıldığı vaxtkı vəziyyətinə qaytarır; ondan sonra saxlananlar onda yoxdur. Əvvəlcə nüsxədə nə olduğuna baxın: bərpa edənədək heç nə dəyişmir. Əvəz olunan fayllar masanın yanındakı qovluqda saxlanılır və hamı o günün parolları ilə yenidən daxil olur.</translation>
    </message>
    <message>
      <source>Restoring: unpacking, opening and checking the backup…</source>
      <translation>Bərpa: nüsxə açılır, yoxlanılır…</translation>
    </message>
    <message>
      <source>SHA-256: {digest}</source>
      <translation>SHA-256: {digest}</translation>
    </message>
    <message>
      <source>Show what it holds</source>
      <translation>Nə olduğunu göstər</translation>
    </message>
    <message>
      <source>The desk was restored from {path} (written {when}). The files it replaced were moved to {aside}. Sign in again with your password of that day.</source>
      <translation>Masa {path} nüsxəsindən bərpa edildi ({when} yazılıb). Əvəz olunan fayllar {aside} qovluğuna köçürüldü. O günün parolunuzla yenidən daxil olun.</translation>
    </message>
    <message>
      <source>This backup cannot be restored here; nothing was changed.</source>
      <translation>Bu nüsxəni burada bərpa etmək olmaz; heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
      <source>This is a backup of another desk: it is not restored here.</source>
      <translation>Bu başqa masanın nüsxəsidir: burada bərpa edilmir.</translation>
    </message>
    <message>
      <source>Type your password of the day the backup was written.</source>
      <translation>Nüsxənin yazıldığı günkü parolunuzu yazın.</translation>
    </message>
    <message>
      <source>Users ({count}): {users}</source>
      <translation>İstifadəçilər ({count}): {users}</translation>
    </message>
    <message>
      <source>Written {when} by version {software} (database version {schema}).</source>
      <translation>{when} tarixində {software} versiyası ilə yazılıb (verilənlər bazası versiyası {schema}).</translation>
    </message>
    <message>
      <source>Your password when the backup was written:</source>
      <translation>Nüsxə yazılanda parolunuz:</translation>
    </message>
    <message>
      <source>{calls} calls: the first on {first}, the last on {last}.</source>
      <translation>{calls} zəng: birincisi {first}, sonuncusu {last}.</translation>
    </message>
    <message>
      <source>{user}, disabled</source>
      <translation>{user}, deaktiv</translation>
    </message>
  </context>
  <context>
    <name>ReviewPanel</name>
    <message>
      <source>A relative may be involved</source>
      <translation>Qohumun iştirakı ehtimal olunur</translation>
    </message>
    <message>
      <source>Add task</source>
      <translation>Tapşırıq əlavə et</translation>
    </message>
    <message>
      <source>Age of the person concerned</source>
      <translation>Aid olduğu şəxsin yaşı</translation>
    </message>
    <message>
      <source>An interpreter was needed</source>
      <translation>Tərcüməçi lazım oldu</translation>
    </message>
    <message>
      <source>Approve</source>
      <translation>Təsdiq et</translation>
    </message>
    <message>
      <source>Believed to be under 18</source>
      <translation>18 yaşından kiçik olduğu güman edilir</translation>
    </message>
    <message>
      <source>Call without content</source>
      <translation>Məzmunsuz zəng</translation>
    </message>
    <message>
      <source>Caller's age</source>
      <translation>Zəng edənin yaşı</translation>
    </message>
    <message>
      <source>Caller's citizenship</source>
      <translation>Zəng edənin vətəndaşlığı</translation>
    </message>
    <message>
      <source>Caller's country</source>
      <translation>Zəng edənin ölkəsi</translation>
    </message>
    <message>
      <source>Caller's relation</source>
      <translation>Zəng edənin münasibəti</translation>
    </message>
    <message>
      <source>Caller's sex</source>
      <translation>Zəng edənin cinsi</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Kanal</translation>
    </message>
    <message>
      <source>Child involved</source>
      <translation>Uşaq iştirak edir</translation>
    </message>
    <message>
      <source>Citizenship of the person concerned</source>
      <translation>Aid olduğu şəxsin vətəndaşlığı</translation>
    </message>
    <message>
      <source>Claim for review</source>
      <translation>Yoxlamaya götür</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Şərh</translation>
    </message>
    <message>
      <source>Comment (required to return the call)</source>
      <translation>Şərh (zəngi qaytaranda mütləqdir)</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Razılıq</translation>
    </message>
    <message>
      <source>Correct</source>
      <translation>Düzəliş et</translation>
    </message>
    <message>
      <source>Country of the person concerned</source>
      <translation>Aid olduğu şəxsin ölkəsi</translation>
    </message>
    <message>
      <source>Destination</source>
      <translation>Təyinat yeri</translation>
    </message>
    <message>
      <source>Form of exploitation</source>
      <translation>İstismar forması</translation>
    </message>
    <message>
      <source>How they heard of 152</source>
      <translation>152 haqqında haradan eşidib</translation>
    </message>
    <message>
      <source>Immediate danger</source>
      <translation>Dərhal təhlükə</translation>
    </message>
    <message>
      <source>Indicators</source>
      <translation>Göstəricilər</translation>
    </message>
    <message>
      <source>Language of the call</source>
      <translation>Zəngin dili</translation>
    </message>
    <message>
      <source>Nature of the call</source>
      <translation>Zəngin xarakteri</translation>
    </message>
    <message>
      <source>Outcome and referrals</source>
      <translation>Nəticə və yönləndirmələr</translation>
    </message>
    <message>
      <source>Possible victim</source>
      <translation>Ehtimal olunan qurban</translation>
    </message>
    <message>
      <source>Primary topic</source>
      <translation>Əsas mövzu</translation>
    </message>
    <message>
      <source>Reason for the correction (required)</source>
      <translation>Düzəlişin səbəbi (mütləqdir)</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Region</translation>
    </message>
    <message>
      <source>Release</source>
      <translation>Burax</translation>
    </message>
    <message>
      <source>Return to operator</source>
      <translation>Operatora qaytar</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Yoxlama</translation>
    </message>
    <message>
      <source>Safe to talk</source>
      <translation>Danışmaq təhlükəsizdir</translation>
    </message>
    <message>
      <source>Save correction</source>
      <translation>Düzəlişi saxla</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Saxlanıldı.</translation>
    </message>
    <message>
      <source>Sector of forced labour</source>
      <translation>Məcburi əməyin sahəsi</translation>
    </message>
    <message>
      <source>Sex of the person concerned</source>
      <translation>Aid olduğu şəxsin cinsi</translation>
    </message>
    <message>
      <source>Topics</source>
      <translation>Mövzular</translation>
    </message>
    <message>
      <source>What to do (no names)</source>
      <translation>Nə etməli (adsız)</translation>
    </message>
    <message>
      <source>Working…</source>
      <translation>İcra olunur…</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Bəli</translation>
    </message>
    <message>
      <source>— not set —</source>
      <translation>— göstərilməyib —</translation>
    </message>
  </context>
  <context>
    <name>ReviewQueuePage</name>
    <message>
      <source>Claim the next call</source>
      <translation>Növbəti zəngi götür</translation>
    </message>
    <message>
      <source>Nothing is waiting for review.</source>
      <translation>Yoxlama gözləyən zəng yoxdur.</translation>
    </message>
  </context>
  <context>
    <name>RolesDialog</name>
    <message>
      <source>Roles of %1</source>
      <translation>%1 istifadəçisinin rolları</translation>
    </message>
    <message>
      <source>Where the desk has another administrator or a supervisor, the change is sent to them to approve in their own session (Approvals); you carry it out once they have.</source>
      <translation>Masada başqa administrator və ya nəzarətçi varsa, dəyişiklik onlara öz seanslarında təsdiq üçün göndərilir (Təsdiqlər); onlar təsdiqlədikdən sonra siz onu icra edirsiniz.</translation>
    </message>
  </context>
  <context>
    <name>SafeContact</name>
    <message>
      <source>1. Safe contact (ask first when the caller may be at risk)</source>
      <translation>1. Təhlükəsiz əlaqə (zəng edən risk altında ola bilərsə, əvvəlcə soruşun)</translation>
    </message>
    <message>
      <source>Call-back</source>
      <translation>Geri zəng</translation>
    </message>
    <message>
      <source>Call-back is safe</source>
      <translation>Geri zəng təhlükəsizdir</translation>
    </message>
    <message>
      <source>Code word</source>
      <translation>Şifrə söz</translation>
    </message>
    <message>
      <source>DO NOT CALL BACK</source>
      <translation>GERİ ZƏNG ETMƏYİN</translation>
    </message>
    <message>
      <source>Do not call back</source>
      <translation>Geri zəng etməyin</translation>
    </message>
    <message>
      <source>No call-back</source>
      <translation>Geri zəng olmasın</translation>
    </message>
    <message>
      <source>Safe times to call back</source>
      <translation>Geri zəng üçün təhlükəsiz vaxt</translation>
    </message>
    <message>
      <source>Safe to talk now?</source>
      <translation>İndi danışmaq təhlükəsizdir?</translation>
    </message>
    <message>
      <source>e.g. weekdays 10:00–12:00</source>
      <translation>məs. iş günləri 10:00–12:00</translation>
    </message>
    <message>
      <source>no call-back: no times to note</source>
      <translation>geri zəng yoxdur: vaxt qeyd etmək lazım deyil</translation>
    </message>
    <message>
      <source>the word the caller chose</source>
      <translation>zəng edənin seçdiyi söz</translation>
    </message>
    <message>
      <source>— not asked —</source>
      <translation>— soruşulmayıb —</translation>
    </message>
  </context>
  <context>
    <name>SealingPage</name>
    <message>
      <source> years</source>
      <translation> il</translation>
    </message>
    <message>
      <source>1. Find what the decision names</source>
      <translation>1. Qərarın adını çəkdiyini tapın</translation>
    </message>
    <message>
      <source>2. The decision</source>
      <translation>2. Qərar</translation>
    </message>
    <message>
      <source>3. Ask for approval</source>
      <translation>3. Təsdiq istəyin</translation>
    </message>
    <message>
      <source>4. Seal</source>
      <translation>4. Möhürləyin</translation>
    </message>
    <message numerus="yes">
      <source>A sealing cut short was finished: %n call(s).</source>
      <translation>
        <numerusform>Yarımçıq qalmış möhürləmə başa çatdırıldı: %n zəng.</numerusform>
        <numerusform>Yarımçıq qalmış möhürləmə başa çatdırıldı: %n zəng.</numerusform>
      </translation>
    </message>
    <message>
      <source>A second administrator or supervisor approves the sealing in their own session (Approvals) before it can be carried out.</source>
      <translation>Möhürləmə icra edilməzdən əvvəl ikinci administrator və ya nəzarətçi onu öz sessiyasında (Təsdiqlər) təsdiq edir.</translation>
    </message>
    <message numerus="yes">
      <source>At this sign-in it removed the free text of %n call(s).</source>
      <translation>
        <numerusform>Bu girişdə %n zəngin sərbəst mətni silindi.</numerusform>
        <numerusform>Bu girişdə %n zəngin sərbəst mətni silindi.</numerusform>
      </translation>
    </message>
    <message>
      <source>Call</source>
      <translation>Zəng</translation>
    </message>
    <message>
      <source>Call number</source>
      <translation>Zəngin nömrəsi</translation>
    </message>
    <message>
      <source>Check approval</source>
      <translation>Təsdiqi yoxlayın</translation>
    </message>
    <message>
      <source>Choose the hold to lift in the list.</source>
      <translation>Götürüləcək saxlamanı siyahıda seçin.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Tarix</translation>
    </message>
    <message>
      <source>Decision date</source>
      <translation>Qərarın tarixi</translation>
    </message>
    <message>
      <source>Decision number</source>
      <translation>Qərarın nömrəsi</translation>
    </message>
    <message>
      <source>Deleted on the centre's server. Its backups (pg_dump) taken before still hold these calls sealed to their keys: a restore seals them again from this workstation's seal register; 'hotline seal --backup' marks them in their register, or destroy them.</source>
      <translation>Mərkəzin serverində silindi. Ondan əvvəl çıxarılmış ehtiyat nüsxələr (pg_dump) bu zəngləri hələ də öz açarlarına möhürlənmiş şəkildə saxlayır: bərpa zamanı onlar bu iş yerinin möhürləmə reyestrindən yenidən möhürlənir; 'hotline seal --backup' onları öz reyestrlərində qeyd edir, ya da onları məhv edin.</translation>
    </message>
    <message numerus="yes">
      <source>Due within the next 7 days: %n call(s).</source>
      <translation>
        <numerusform>Növbəti 7 gündə vaxtı çatır: %n zəng.</numerusform>
        <numerusform>Növbəti 7 gündə vaxtı çatır: %n zəng.</numerusform>
      </translation>
    </message>
    <message>
      <source>Entities</source>
      <translation>Obyektlər</translation>
    </message>
    <message>
      <source>Find and preview</source>
      <translation>Tapın və baxın</translation>
    </message>
    <message>
      <source>Free text and identities are kept until a decision seals them.</source>
      <translation>Sərbəst mətn və şəxsiyyət məlumatları qərarla möhürlənənədək saxlanılır.</translation>
    </message>
    <message>
      <source>Free text and identity details of reviewed calls are destroyed {years} years after the call (coded fields kept); it runs at each administrator's sign-in.</source>
      <translation>Yoxlanılmış zənglərin sərbəst mətni və şəxsiyyət məlumatları zəngdən {years} il sonra məhv edilir (kodlaşdırılmış sahələr qalır); bu, hər administratorun girişində işləyir.</translation>
    </message>
    <message>
      <source>Hold</source>
      <translation>Saxlama</translation>
    </message>
    <message>
      <source>Identity</source>
      <translation>Şəxsiyyət</translation>
    </message>
    <message>
      <source>Legal holds (retention passes them by)</source>
      <translation>Hüquqi saxlamalar (saxlama müddəti onlara toxunmur)</translation>
    </message>
    <message>
      <source>Lift selected hold</source>
      <translation>Seçilmiş saxlamanı götürün</translation>
    </message>
    <message>
      <source>My sealing requests: choose one to carry it out</source>
      <translation>Möhürləmə sorğularım: icra etmək üçün birini seçin</translation>
    </message>
    <message>
      <source>Nothing chosen yet. Sealing keeps the coded fields (counts stay right).</source>
      <translation>Hələ heç nə seçilməyib. Möhürləmə kodlaşdırılmış sahələri saxlayır (saylar düzgün qalır).</translation>
    </message>
    <message>
      <source>On</source>
      <translation>Nəyə</translation>
    </message>
    <message>
      <source>Open tasks</source>
      <translation>Açıq tapşırıqlar</translation>
    </message>
    <message>
      <source>Person concerned (by pseudonym)</source>
      <translation>Aid olan şəxs (təxəllüsə görə)</translation>
    </message>
    <message>
      <source>Place hold</source>
      <translation>Saxlama qoyun</translation>
    </message>
    <message>
      <source>Placed</source>
      <translation>Qoyulub</translation>
    </message>
    <message>
      <source>Pseudonym (the person and every call linked)</source>
      <translation>Təxəllüs (şəxs və bağlı bütün zənglər)</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Səbəb</translation>
    </message>
    <message>
      <source>Request {id} is approved: it can be sealed now.</source>
      <translation>{id} sorğusu təsdiqlənib: indi möhürləmək olar.</translation>
    </message>
    <message>
      <source>Request {id} waits for a second administrator or supervisor to approve it in their own session; then choose it here and seal.</source>
      <translation>{id} sorğusu ikinci administratorun və ya nəzarətçinin onu öz sessiyasında təsdiqləməsini gözləyir; sonra onu burada seçib möhürləyin.</translation>
    </message>
    <message>
      <source>Request {id}: decision {number}, {calls} calls ({state})</source>
      <translation>{id} sorğusu: {number} saylı qərar, {calls} zəng ({state})</translation>
    </message>
    <message>
      <source>Retention of free text</source>
      <translation>Sərbəst mətnin saxlanma müddəti</translation>
    </message>
    <message>
      <source>Run now</source>
      <translation>İndi işə salın</translation>
    </message>
    <message>
      <source>STILL HOLDS SEALED DATA: {path} ({why}). Bring it back to be sealed, or destroy it.</source>
      <translation>HƏLƏ MÖHÜRLƏNMİŞ MƏLUMAT SAXLAYIR: {path} ({why}). Möhürlənməsi üçün onu geri gətirin və ya məhv edin.</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Yadda saxlayın</translation>
    </message>
    <message>
      <source>Sealed {calls} calls: {keys} data keys, {identity} identity entries, {entities} entity values, {comments} comments destroyed; {tasks} open tasks closed.</source>
      <translation>{calls} zəng möhürləndi: {keys} məlumat açarı, {identity} şəxsiyyət qeydi, {entities} obyekt dəyəri, {comments} şərh məhv edildi; {tasks} açıq tapşırıq bağlandı.</translation>
    </message>
    <message>
      <source>Sealed: {path} ({calls} calls in it)</source>
      <translation>Möhürləndi: {path} (içində {calls} zəng)</translation>
    </message>
    <message>
      <source>Sealing on the centre's server…</source>
      <translation>Mərkəzin serverində möhürlənir…</translation>
    </message>
    <message>
      <source>Sealing: the desk first, then its backups…</source>
      <translation>Möhürlənir: əvvəl masa, sonra onun ehtiyat nüsxələri…</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Vəziyyət</translation>
    </message>
    <message>
      <source>Taken by</source>
      <translation>Qəbul edən</translation>
    </message>
    <message>
      <source>Texts</source>
      <translation>Mətnlər</translation>
    </message>
    <message>
      <source>The desk has no backup or replaced folder to seal.</source>
      <translation>Masada möhürlənəcək ehtiyat nüsxə və ya əvəzlənmiş qovluq yoxdur.</translation>
    </message>
    <message>
      <source>The notes' index is cleared at the next supervisor's sign-in.</source>
      <translation>Qeydlərin indeksi növbəti nəzarətçinin girişində təmizlənir.</translation>
    </message>
    <message>
      <source>This centre has no second administrator or supervisor: the sealing is recorded as approved alone.</source>
      <translation>Bu mərkəzdə ikinci administrator və ya nəzarətçi yoxdur: möhürləmə təkbaşına təsdiqlənmiş kimi qeyd olunur.</translation>
    </message>
    <message>
      <source>This desk has no second administrator or supervisor: the sealing is recorded as approved alone.</source>
      <translation>Bu masada ikinci administrator və ya nəzarətçi yoxdur: möhürləmə təkbaşına təsdiqlənmiş kimi qeyd olunur.</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>Mövzu</translation>
    </message>
    <message>
      <source>Your password (opens the backups)</source>
      <translation>Parolunuz (ehtiyat nüsxələri açır)</translation>
    </message>
    <message>
      <source>approved</source>
      <translation>təsdiqlənib</translation>
    </message>
    <message>
      <source>as written in the decision</source>
      <translation>qərarda yazıldığı kimi</translation>
    </message>
    <message>
      <source>call {id}</source>
      <translation>zəng {id}</translation>
    </message>
    <message>
      <source>damaged, or it does not check clean</source>
      <translation>zədələnib və ya yoxlamadan keçmir</translation>
    </message>
    <message>
      <source>it opens with another password</source>
      <translation>başqa parolla açılır</translation>
    </message>
    <message>
      <source>kept until sealed</source>
      <translation>möhürlənənədək saxlanılır</translation>
    </message>
    <message>
      <source>not found where it was written</source>
      <translation>yazıldığı yerdə tapılmadı</translation>
    </message>
    <message>
      <source>pseudonym or call number</source>
      <translation>təxəllüs və ya zəngin nömrəsi</translation>
    </message>
    <message>
      <source>reason: the case or the request</source>
      <translation>səbəb: iş və ya sorğu</translation>
    </message>
    <message>
      <source>the number only, nothing about the case</source>
      <translation>yalnız nömrə, iş haqqında heç nə</translation>
    </message>
    <message>
      <source>to be sealed</source>
      <translation>möhürlənəcək</translation>
    </message>
    <message>
      <source>under a legal hold</source>
      <translation>hüquqi saxlama altında</translation>
    </message>
    <message>
      <source>waiting for a second administrator or supervisor</source>
      <translation>ikinci administratoru və ya nəzarətçini gözləyir</translation>
    </message>
    <message>
      <source>{calls} calls to seal: {texts} texts, {identity} identity entries, {entities} entity values destroyed; {tasks} open tasks closed. The coded fields are kept, so published and future counts stay right.</source>
      <translation>Möhürlənəcək zənglər: {calls}. Məhv ediləcək: {texts} mətn, {identity} şəxsiyyət qeydi, {entities} obyekt dəyəri; {tasks} açıq tapşırıq bağlanacaq. Kodlaşdırılmış sahələr qalır, ona görə dərc edilmiş və gələcək saylar düzgün qalır.</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Every change is recorded in the audit log with its old and new value.</source>
      <translation>Hər dəyişiklik köhnə və yeni dəyəri ilə audit jurnalına yazılır.</translation>
    </message>
    <message>
      <source>Save the settings</source>
      <translation>Parametrləri saxla</translation>
    </message>
    <message>
      <source>Saved and recorded in the audit log; in force now.</source>
      <translation>Saxlanıldı və audit jurnalına yazıldı; artıq qüvvədədir.</translation>
    </message>
    <message>
      <source>Settings of the centre</source>
      <translation>Mərkəzin parametrləri</translation>
    </message>
    <message>
      <source>Settings of the desk</source>
      <translation>Masanın parametrləri</translation>
    </message>
    <message>
      <source>These settings are the centre's, kept on its server: every workstation of the centre uses them from its next sign-in, this one at once.</source>
      <translation>Bu parametrlər mərkəzindir və onun serverində saxlanılır: mərkəzin hər iş yeri onları növbəti girişdən, bu iş yeri isə dərhal tətbiq edir.</translation>
    </message>
  </context>
  <context>
    <name>SetupWizard</name>
    <message>
      <source>Administrator's user name</source>
      <translation>Administratorun istifadəçi adı</translation>
    </message>
    <message>
      <source>Calls are put in months, quarters and years by this zone's clock (exports, statistics, the call log). It cannot be changed later.</source>
      <translation>Zənglər bu qurşağın saatı ilə aylara, rüblərə və illərə bölünür (ixrac, statistika, zəng jurnalı). Sonra dəyişdirilə bilməz.</translation>
    </message>
    <message>
      <source>Continue to sign in</source>
      <translation>Girişə keç</translation>
    </message>
    <message>
      <source>Create the desk</source>
      <translation>Masanı yarat</translation>
    </message>
    <message>
      <source>Creating the desk</source>
      <translation>Masa yaradılır</translation>
    </message>
    <message>
      <source>I have written it down</source>
      <translation>Kağıza yazdım</translation>
    </message>
    <message>
      <source>No secure OS keychain is available here (%1). The desk can only be set up WITHOUT binding it to this machine: then a copy of its files can be attacked elsewhere by guessing passwords. Use long passwords.</source>
      <translation>Burada təhlükəsiz ƏS açar anbarı yoxdur (%1). Masanı yalnız bu kompüterə BAĞLAMADAN qurmaq olar: onda fayllarının surəti başqa yerdə parol təxmini ilə sındırıla bilər. Uzun parollardan istifadə edin.</translation>
    </message>
    <message>
      <source>No secure keychain here: tick "set up without binding to this machine" to go on.</source>
      <translation>Burada təhlükəsiz açar anbarı yoxdur: davam etmək üçün "bu kompüterə bağlamadan qur" seçimini işarələyin.</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Parol</translation>
    </message>
    <message>
      <source>Password again</source>
      <translation>Parol yenidən</translation>
    </message>
    <message>
      <source>Recovery code</source>
      <translation>Bərpa kodu</translation>
    </message>
    <message>
      <source>Set up the desk</source>
      <translation>Masanın qurulması</translation>
    </message>
    <message>
      <source>Set up without binding to this machine</source>
      <translation>Bu kompüterə bağlamadan qur</translation>
    </message>
    <message>
      <source>That is not group %1 of the code: look again at what you wrote down.</source>
      <translation>Bu, kodun %1 nömrəli qrupu deyil: yazdığınıza yenidən baxın.</translation>
    </message>
    <message>
      <source>The OS keychain works here: the desk will be bound to this machine, so a copy of its files cannot be attacked elsewhere. Keep the recovery code: it opens the desk on another machine.</source>
      <translation>ƏS açar anbarı burada işləyir: masa bu kompüterə bağlanacaq, ona görə də fayllarının surəti başqa yerdə sındırıla bilməz. Bərpa kodunu saxlayın: o, masanı başqa kompüterdə açır.</translation>
    </message>
    <message>
      <source>The desk is NOT bound to this machine (no secure keychain).</source>
      <translation>Masa bu kompüterə BAĞLANMAYIB (təhlükəsiz açar anbarı yoxdur).</translation>
    </message>
    <message>
      <source>The desk is bound to this machine's keychain.</source>
      <translation>Masa bu kompüterin açar anbarına bağlanıb.</translation>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>İki parol fərqlidir.</translation>
    </message>
    <message>
      <source>There is no desk in this folder yet. Create the administrator account; the password needs at least 15 characters (a few words are easiest).</source>
      <translation>Bu qovluqda hələ masa yoxdur. Administrator hesabını yaradın; parolda ən azı 15 simvol olmalıdır (bir neçə söz ən asanıdır).</translation>
    </message>
    <message>
      <source>Tick that you have written the code down.</source>
      <translation>Kodu yazdığınızı işarələyin.</translation>
    </message>
    <message>
      <source>Time zone of the desk's months</source>
      <translation>Masanın aylarının saat qurşağı</translation>
    </message>
    <message>
      <source>To check, type group number %1 of the code:</source>
      <translation>Yoxlamaq üçün kodun %1 nömrəli qrupunu yazın:</translation>
    </message>
    <message>
      <source>Type the administrator's user name.</source>
      <translation>Administratorun istifadəçi adını yazın.</translation>
    </message>
    <message>
      <source>Write this code on paper now and keep it locked away. It is shown only once. It opens the desk if every password is lost.</source>
      <translation>Bu kodu indi kağıza yazın və qıfıllı yerdə saxlayın. O, yalnız bir dəfə göstərilir. Bütün parollar itsə, masanı o açır.</translation>
    </message>
    <message>
      <source>Your recovery code</source>
      <translation>Bərpa kodunuz</translation>
    </message>
  </context>
  <context>
    <name>StatisticsPage</name>
    <message>
      <source>A relative may be involved in {relative} calls; an interpreter was needed in {interpreter}.</source>
      <translation>{relative} zəngdə qohumun iştirakı ehtimal olunur; {interpreter} zəngdə tərcüməçi lazım olub.</translation>
    </message>
    <message>
      <source>All calls</source>
      <translation>Bütün zənglər</translation>
    </message>
    <message>
      <source>Calls</source>
      <translation>Zənglər</translation>
    </message>
    <message>
      <source>Calls with content per month, by primary topic</source>
      <translation>Aylar üzrə məzmunlu zənglər, əsas mövzuya görə</translation>
    </message>
    <message>
      <source>Counting…</source>
      <translation>Sayılır…</translation>
    </message>
    <message>
      <source>Destination</source>
      <translation>Təyinat yeri</translation>
    </message>
    <message>
      <source>For the reports</source>
      <translation>Hesabatlar üçün</translation>
    </message>
    <message>
      <source>Forced labour in: %1</source>
      <translation>Məcburi əmək sahəsi: %1</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Başlanğıc</translation>
    </message>
    <message>
      <source>Heard of 152: %1</source>
      <translation>152 haqqında eşidib: %1</translation>
    </message>
    <message>
      <source>Hotline 152: calls {first} – {last}</source>
      <translation>152 qaynar xətti: zənglər {first} – {last}</translation>
    </message>
    <message>
      <source>Hotline 152: trends</source>
      <translation>152 qaynar xətti: meyllər</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Ay</translation>
    </message>
    <message>
      <source>Month: all calls / with content / possible victim</source>
      <translation>Ay: bütün zənglər / məzmunlu / ehtimal olunan qurban</translation>
    </message>
    <message>
      <source>Outcome or referral</source>
      <translation>Nəticə və ya yönləndirmə</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF faylları (*.pdf)</translation>
    </message>
    <message>
      <source>Possible victim</source>
      <translation>Ehtimal olunan qurban</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>PDF kimi saxla</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>PDF kimi saxla…</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>Pay</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Göstər</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Cəmi</translation>
    </message>
    <message>
      <source>With content</source>
      <translation>Məzmunlu</translation>
    </message>
    <message>
      <source>to</source>
      <translation>son</translation>
    </message>
    <message>
      <source>{first} – {last}: {calls} calls, {content} with content. A possible victim of trafficking in {victims} calls ({share} of calls with content).</source>
      <translation>{first} – {last}: {calls} zəng, onlardan {content} məzmunlu. {victims} zəngdə insan alverinin ehtimal olunan qurbanı ({share} məzmunlu zənglərin).</translation>
    </message>
  </context>
  <context>
    <name>StatusLine</name>
    <message numerus="yes">
      <source>%n calls kept on this computer are not sent:</source>
      <translation>
        <numerusform>Bu kompüterdə saxlanılan %n zəng göndərilmir:</numerusform>
        <numerusform>Bu kompüterdə saxlanılan %n zəng göndərilmir:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>(and %n more: point here to read them all)</source>
      <translation>
        <numerusform>(və daha %n xəbərdarlıq: hamısını oxumaq üçün göstəricini bura gətirin)</numerusform>
        <numerusform>(və daha %n xəbərdarlıq: hamısını oxumaq üçün göstəricini bura gətirin)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The server cannot be reached: %n calls kept on this computer will be sent when it is back</source>
      <translation>
        <numerusform>Serverə qoşulmaq mümkün deyil: bu kompüterdə saxlanılan %n zəng server qayıdanda göndəriləcək</numerusform>
        <numerusform>Serverə qoşulmaq mümkün deyil: bu kompüterdə saxlanılan %n zəng server qayıdanda göndəriləcək</numerusform>
      </translation>
    </message>
    <message>
      <source>The server cannot be reached: calls saved now are kept on this computer and will be sent when it is back</source>
      <translation>Serverə qoşulmaq mümkün deyil: indi saxlanılan zənglər bu kompüterdə qalır və server qayıdanda göndəriləcək</translation>
    </message>
    <message numerus="yes">
      <source>The server refuses your sign-in (your account was disabled or changed since): %n calls are kept on this computer, not sent. Sign in again, or ask an administrator</source>
      <translation>
        <numerusform>Server girişinizi rədd edir (hesabınız bağlanıb və ya o vaxtdan dəyişdirilib): %n zəng bu kompüterdə saxlanılır, göndərilməyib. Yenidən daxil olun və ya administratora müraciət edin</numerusform>
        <numerusform>Server girişinizi rədd edir (hesabınız bağlanıb və ya o vaxtdan dəyişdirilib): %n zəng bu kompüterdə saxlanılır, göndərilməyib. Yenidən daxil olun və ya administratora müraciət edin</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TasksPage</name>
    <message numerus="yes">
      <source>%n overdue</source>
      <translation>
        <numerusform>%n gecikmiş</numerusform>
        <numerusform>%n gecikmiş</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n task(s)</source>
      <translation>
        <numerusform>%n tapşırıq</numerusform>
        <numerusform>%n tapşırıq</numerusform>
      </translation>
    </message>
    <message>
      <source>All tasks</source>
      <translation>Bütün tapşırıqlar</translation>
    </message>
    <message>
      <source>Assignee</source>
      <translation>İcraçı</translation>
    </message>
    <message>
      <source>Call of</source>
      <translation>Zəngin tarixi</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>İcra olunub</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Son tarix</translation>
    </message>
    <message>
      <source>How it was done: date, reference, to whom (required for the minors' report)</source>
      <translation>Necə icra olunub: tarix, nömrə, kimə (yetkinlik yaşına çatmayanlar üzrə məlumat üçün mütləqdir)</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Qeyd</translation>
    </message>
    <message>
      <source>OVERDUE {date}</source>
      <translation>GECİKİB {date}</translation>
    </message>
    <message>
      <source>Open tasks</source>
      <translation>Açıq tapşırıqlar</translation>
    </message>
    <message>
      <source>Record as done</source>
      <translation>İcra olunmuş kimi qeyd et</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Yenilə</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Vəziyyət</translation>
    </message>
    <message>
      <source>Task</source>
      <translation>Tapşırıq</translation>
    </message>
    <message>
      <source>The task is recorded as done.</source>
      <translation>Tapşırıq icra olunmuş kimi qeyd edildi.</translation>
    </message>
    <message>
      <source>anyone</source>
      <translation>istənilən</translation>
    </message>
    <message>
      <source>done {date}</source>
      <translation>icra olunub {date}</translation>
    </message>
    <message>
      <source>no date</source>
      <translation>tarixsiz</translation>
    </message>
    <message>
      <source>open</source>
      <translation>açıq</translation>
    </message>
  </context>
  <context>
    <name>TopicChips</name>
    <message>
      <source>Here keys 1–9 tick a topic, Ctrl with the number makes it the primary one (the first ticked is primary). Alt+3 brings you here from anywhere.</source>
      <translation>Burada 1–9 düymələri mövzunu işarələyir, Ctrl ilə rəqəm onu əsas mövzu edir (ilk işarələnən əsasdır). Alt+3 sizi hər yerdən bura gətirir.</translation>
    </message>
    <message>
      <source>Primary topic: %1</source>
      <translation>Əsas mövzu: %1</translation>
    </message>
    <message>
      <source>Primary topic: none yet</source>
      <translation>Əsas mövzu: hələ yoxdur</translation>
    </message>
    <message>
      <source>Topic: %1</source>
      <translation>Mövzu: %1</translation>
    </message>
    <message>
      <source>primary</source>
      <translation>əsas</translation>
    </message>
  </context>
  <context>
    <name>UsersPage</name>
    <message>
      <source>%1 has a new password and new keys.</source>
      <translation>%1 yeni parol və yeni açarlar aldı.</translation>
    </message>
    <message>
      <source>%1 was added to the centre. Give them their password in person. A workstation that has not joined the centre yet joins it with this one-time code (valid for %2 hours): %3</source>
      <translation>%1 mərkəzə əlavə edildi. Parolu ona şəxsən verin. Mərkəzə hələ qoşulmamış iş yeri bu birdəfəlik kodla qoşulur (%2 saat etibarlıdır): %3</translation>
    </message>
    <message>
      <source>%1 was added. Give them their password in person; they change it from Desk ▸ Change my password.</source>
      <translation>%1 əlavə edildi. Parolu ona şəxsən verin; o, parolu Masa ▸ Parolumu dəyiş menyusundan dəyişir.</translation>
    </message>
    <message>
      <source>%1 was disabled.</source>
      <translation>%1 deaktiv edildi.</translation>
    </message>
    <message>
      <source>Add a user…</source>
      <translation>İstifadəçi əlavə et…</translation>
    </message>
    <message>
      <source>Change roles…</source>
      <translation>Rolları dəyiş…</translation>
    </message>
    <message>
      <source>Disable %1</source>
      <translation>%1 deaktiv et</translation>
    </message>
    <message>
      <source>Disable %1? Their key slot is removed and their login on the centre's server can no longer connect: they can no longer sign in on any workstation. What they recorded stays.</source>
      <translation>%1 deaktiv edilsin? Onun açar yuvası silinir və mərkəzin serverindəki girişi artıq qoşula bilmir: o, heç bir iş yerində daxil ola bilməyəcək. Onun qeyd etdikləri qalır.</translation>
    </message>
    <message>
      <source>Disable %1? Their key slot is removed: they can no longer sign in. What they recorded stays. If they may have kept a copy of the desk's files, rotate the database key afterwards.</source>
      <translation>%1 deaktiv edilsin? Onun açar yuvası silinir: artıq daxil ola bilməyəcək. Onun qeyd etdikləri qalır. Masanın fayllarının surətini saxlamış ola bilərsə, sonra verilənlər bazasının açarını yeniləyin.</translation>
    </message>
    <message>
      <source>Disable…</source>
      <translation>Deaktiv et…</translation>
    </message>
    <message>
      <source>Last sign-in</source>
      <translation>Son giriş</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Yenilə</translation>
    </message>
    <message>
      <source>Request %1 for this change is still waiting for a second person's approval.</source>
      <translation>Bu dəyişiklik üçün %1 nömrəli sorğu hələ də ikinci şəxsin təsdiqini gözləyir.</translation>
    </message>
    <message>
      <source>Request %1 was made: another administrator or a supervisor approves it on their Approvals page, signed in as themselves. Then carry it out on your Approvals page.</source>
      <translation>%1 nömrəli sorğu göndərildi: başqa administrator və ya nəzarətçi öz adı ilə daxil olub onu Təsdiqlər səhifəsində təsdiqləyir. Sonra onu öz Təsdiqlər səhifənizdə icra edin.</translation>
    </message>
    <message>
      <source>Reset the password…</source>
      <translation>Parolu sıfırla…</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation>Rollar</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Vəziyyət</translation>
    </message>
    <message>
      <source>The roles of %1 were changed (approved alone: the desk has one administrator and no supervisor, and this was recorded).</source>
      <translation>%1 istifadəçisinin rolları dəyişdirildi (təkbaşına təsdiqləndi: masada bir administrator var və nəzarətçi yoxdur; bu qeydə alındı).</translation>
    </message>
    <message>
      <source>The roles of %1 were changed, as request %2 approved.</source>
      <translation>%1 istifadəçisinin rolları %2 nömrəli sorğuda təsdiqləndiyi kimi dəyişdirildi.</translation>
    </message>
    <message>
      <source>User</source>
      <translation>İstifadəçi</translation>
    </message>
    <message>
      <source>Users of the centre</source>
      <translation>Mərkəzin istifadəçiləri</translation>
    </message>
    <message>
      <source>Users of the desk</source>
      <translation>Masanın istifadəçiləri</translation>
    </message>
    <message>
      <source>active</source>
      <translation>aktiv</translation>
    </message>
    <message>
      <source>active; has not yet changed the password an administrator set</source>
      <translation>aktiv; administratorun təyin etdiyi parolu hələ dəyişməyib</translation>
    </message>
    <message>
      <source>disabled</source>
      <translation>deaktiv</translation>
    </message>
    <message>
      <source>never</source>
      <translation>heç vaxt</translation>
    </message>
    <message>
      <source>not recorded on a centre</source>
      <translation>mərkəzdə qeyd olunmur</translation>
    </message>
    <message>
      <source>not trusted: their record on the server was changed outside the desk</source>
      <translation>etibarsız: serverdəki qeydi masadan kənarda dəyişdirilib</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary</name>
    <message>
      <source>Agency or company</source>
      <translation>Agentlik və ya şirkət</translation>
    </message>
    <message>
      <source>All not yet reviewed</source>
      <translation>Hələ yoxlanılmamışların hamısı</translation>
    </message>
    <message>
      <source>Any review state</source>
      <translation>İstənilən yoxlama vəziyyəti</translation>
    </message>
    <message>
      <source>Being reviewed</source>
      <translation>Yoxlanılır</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Şəhər</translation>
    </message>
    <message>
      <source>Court</source>
      <translation>Məhkəmə</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Sonrakı addım</translation>
    </message>
    <message>
      <source>Free text removed after {years} years (retention), on {date}</source>
      <translation>Sərbəst mətn {years} ildən sonra silindi (saxlama müddəti), {date}</translation>
    </message>
    <message>
      <source>Link or advert</source>
      <translation>Keçid və ya elan</translation>
    </message>
    <message>
      <source>Not reviewed</source>
      <translation>Yoxlanılmayıb</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Digər</translation>
    </message>
    <message>
      <source>Other body</source>
      <translation>Digər orqan</translation>
    </message>
    <message>
      <source>Phone number</source>
      <translation>Telefon nömrəsi</translation>
    </message>
    <message>
      <source>Prosecutor</source>
      <translation>Prokuror</translation>
    </message>
    <message>
      <source>Report to the Commission on Minors' Affairs</source>
      <translation>Yetkinlik yaşına çatmayanların işləri üzrə Komissiyaya məlumat</translation>
    </message>
    <message>
      <source>Report to the guardianship and custody authority</source>
      <translation>Qəyyumluq və himayə orqanına məlumat</translation>
    </message>
    <message>
      <source>Returned to the operator</source>
      <translation>Operatora qaytarılıb</translation>
    </message>
    <message>
      <source>Reviewed</source>
      <translation>Yoxlanılıb</translation>
    </message>
    <message>
      <source>Sealed by decision {number} of {date}</source>
      <translation>{date} tarixli {number} saylı qərarla möhürlənib</translation>
    </message>
    <message>
      <source>Social media account</source>
      <translation>Sosial şəbəkə hesabı</translation>
    </message>
  </context>
  <context>
    <name>WhatToSay</name>
    <message>
      <source>Source: %1</source>
      <translation>Mənbə: %1</translation>
    </message>
    <message>
      <source>The caller may be the relative involved. Listen, note, and do not tell them what will be done.</source>
      <translation>Zəng edən iştirakı ehtimal olunan qohum ola bilər. Dinləyin, qeyd edin və ona nə ediləcəyini deməyin.</translation>
    </message>
    <message>
      <source>What to say (%1)</source>
      <translation>Nə demək olar (%1)</translation>
    </message>
    <message>
      <source>What to say: nothing of the help or the reports to this caller</source>
      <translation>Nə demək olar: bu zəng edənə kömək və məlumatlar barədə heç nə</translation>
    </message>
    <message>
      <source>— not written in %1</source>
      <translation>— %1 mətni yoxdur</translation>
    </message>
  </context>
  <context>
    <name>WorkstationsPage</name>
    <message>
      <source>Enrolled</source>
      <translation>Qeydiyyat</translation>
    </message>
    <message>
      <source>Last seen</source>
      <translation>Son dəfə görülüb</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Yenilə</translation>
    </message>
    <message>
      <source>Remove workstation %1</source>
      <translation>%1 nömrəli iş yerini sil</translation>
    </message>
    <message>
      <source>Remove workstation %1 (%2)? Its login on the centre's server can no longer connect: nobody can sign in there any more. What was recorded there stays on the server. To use that computer again, it joins the centre anew with a one-time code.</source>
      <translation>%1 nömrəli iş yeri (%2) silinsin? Onun mərkəzin serverindəki girişi artıq qoşula bilməyəcək: orada heç kim daxil ola bilməyəcək. Orada qeyd olunanlar serverdə qalır. Həmin kompüterdən yenidən istifadə etmək üçün o, birdəfəlik kodla mərkəzə yenidən qoşulur.</translation>
    </message>
    <message>
      <source>Remove…</source>
      <translation>Sil…</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Vəziyyət</translation>
    </message>
    <message>
      <source>The computers enrolled on the centre's server, and when each was last seen (a sign-in there). Remove one that is lost, stolen or given away: its login can no longer connect. The one you are signed in on is removed from another administrator's workstation.</source>
      <translation>Mərkəzin serverində qeydiyyatdan keçmiş kompüterlər və hər birinin son dəfə nə vaxt görüldüyü (orada daxil olma). İtirilmiş, oğurlanmış və ya başqasına verilmiş kompüteri silin: onun girişi artıq qoşula bilməz. Daxil olduğunuz iş yeri başqa inzibatçının iş yerindən silinir.</translation>
    </message>
    <message>
      <source>Workstation</source>
      <translation>İş yeri</translation>
    </message>
    <message>
      <source>Workstation %1 (%2) was removed: nobody can sign in there any more.</source>
      <translation>%1 nömrəli iş yeri (%2) silindi: orada artıq heç kim daxil ola bilməz.</translation>
    </message>
    <message>
      <source>Workstations of the centre</source>
      <translation>Mərkəzin iş yerləri</translation>
    </message>
    <message>
      <source>cannot connect</source>
      <translation>qoşula bilmir</translation>
    </message>
    <message>
      <source>in use</source>
      <translation>istifadədədir</translation>
    </message>
    <message>
      <source>in use; the one you are signed in on</source>
      <translation>istifadədədir; daxil olduğunuz iş yeri</translation>
    </message>
    <message>
      <source>not yet recorded</source>
      <translation>hələ qeyd olunmayıb</translation>
    </message>
    <message>
      <source>removed on %1</source>
      <translation>%1 tarixində silinib</translation>
    </message>
  </context>
  <context>
    <name>_Ages</name>
    <message numerus="yes">
      <source>%n day(s) ago</source>
      <translation>
        <numerusform>%n gün əvvəl</numerusform>
        <numerusform>%n gün əvvəl</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n hour(s) ago</source>
      <translation>
        <numerusform>%n saat əvvəl</numerusform>
        <numerusform>%n saat əvvəl</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s) ago</source>
      <translation>
        <numerusform>%n dəqiqə əvvəl</numerusform>
        <numerusform>%n dəqiqə əvvəl</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>approvals</name>
    <message>
      <source>an export for partners</source>
      <translation>tərəfdaşlar üçün ixrac</translation>
    </message>
    <message>
      <source>change a user's roles</source>
      <translation>istifadəçinin rollarını dəyişmək</translation>
    </message>
    <message>
      <source>seal a record</source>
      <translation>qeydi möhürləmək</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>(left out)</source>
      <translation>(daxil edilmir)</translation>
    </message>
    <message>
      <source>, under a legal hold</source>
      <translation>, hüquqi saxlama altında</translation>
    </message>
    <message>
      <source>Added {calls} synthetic calls over {months} months.</source>
      <translation>{months} ay ərzində {calls} sintetik zəng əlavə edildi.</translation>
    </message>
    <message>
      <source>Added {name} ({roles}).</source>
      <translation>{name} əlavə edildi ({roles}).</translation>
    </message>
    <message>
      <source>Again: </source>
      <translation>Yenidən: </translation>
    </message>
    <message>
      <source>Backup of the centre {database} written: {path} ({calls} calls, {size} bytes), recorded in {register}.</source>
      <translation>{database} mərkəzinin ehtiyat nüsxəsi yazıldı: {path} ({calls} zəng, {size} bayt), {register} reyestrində qeyd edildi.</translation>
    </message>
    <message>
      <source>Backup written and verified: {path} ({calls} calls, {size} bytes).</source>
      <translation>Ehtiyat nüsxə yazıldı və yoxlanıldı: {path} ({calls} zəng, {size} bayt).</translation>
    </message>
    <message>
      <source>Bound to this machine's keychain ({backend}).</source>
      <translation>Bu kompüterin açar anbarına bağlandı ({backend}).</translation>
    </message>
    <message>
      <source>Centre created in the database {database} of the server; its roles: {operator}, {supervisor}, {admin} (owner {owner}, nobody logs in as it).</source>
      <translation>Mərkəz serverin {database} verilənlər bazasında yaradıldı; rolları: {operator}, {supervisor}, {admin} (sahibi {owner}, onunla heç kim daxil olmur).</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>Yoxlama</translation>
    </message>
    <message>
      <source>Decision: {body} {number} of {date}.</source>
      <translation>Qərar: {body} {number}, {date}.</translation>
    </message>
    <message>
      <source>Demo calls</source>
      <translation>Demo zənglər</translation>
    </message>
    <message>
      <source>Desk created in {path}</source>
      <translation>Masa yaradıldı: {path}</translation>
    </message>
    <message>
      <source>Disabled {name}: their key slot was removed and their login on the centre's server can no longer connect.</source>
      <translation>{name} söndürüldü: onun açar yuvası silindi və mərkəzin serverindəki girişi artıq qoşula bilməz.</translation>
    </message>
    <message>
      <source>Disabled {name}; their key slot was removed. Rotate the database key ('hotline rotate-key') if they kept a copy.</source>
      <translation>{name} deaktiv edildi; onun açar yuvası silindi. Əgər o, surət saxlayıbsa, verilənlər bazasının açarını dəyişin ('hotline rotate-key').</translation>
    </message>
    <message>
      <source>Dry run: nothing was sealed.</source>
      <translation>Sınaq: heç nə möhürlənmədi.</translation>
    </message>
    <message>
      <source>Due now: {now} calls; due within {days} days: {soon}.</source>
      <translation>İndi vaxtı çatıb: {now} zəng; {days} gün ərzində: {soon}.</translation>
    </message>
    <message>
      <source>Enrolment code for one workstation (serves once, within {hours} hours): {code}
On that workstation: hotline join {address} --fingerprint SHA256:&lt;the server certificate's&gt; --code {code}</source>
      <translation>Bir iş yeri üçün qeydiyyat kodu (bir dəfə, {hours} saat ərzində keçərlidir): {code}
Həmin iş yerində: hotline join {address} --fingerprint SHA256:&lt;serverin sertifikatınınkı&gt; --code {code}</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>İxrac</translation>
    </message>
    <message>
      <source>Exported {table} {period} for {audience} (k={k}): {published} cells published, {suppressed} suppressed; audit passed.</source>
      <translation>{table} {period} {audience} auditoriyası üçün ixrac edildi (k={k}): {published} xana dərc edildi, {suppressed} xana gizlədildi; yoxlama keçdi.</translation>
    </message>
    <message>
      <source>File: {path}
Manifest: {manifest}
SHA-256: {sha256}</source>
      <translation>Fayl: {path}
Manifest: {manifest}
SHA-256: {sha256}</translation>
    </message>
    <message>
      <source>Free text and identities are kept {years} years after the call.</source>
      <translation>Sərbəst mətn və şəxsiyyət məlumatları zəngdən sonra {years} il saxlanılır.</translation>
    </message>
    <message>
      <source>Free text is kept until sealed (no retention set).</source>
      <translation>Sərbəst mətn möhürlənənə qədər saxlanılır (saxlama müddəti təyin edilməyib).</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>İdxal</translation>
    </message>
    <message>
      <source>Import with this mapping? [y/N] </source>
      <translation>Bu uyğunluqla idxal edilsin? [y/N] </translation>
    </message>
    <message>
      <source>Imported {count} calls from {name}; the mapping was saved for the next file.</source>
      <translation>{name} faylından {count} zəng idxal edildi; uyğunluq növbəti fayl üçün saxlanıldı.</translation>
    </message>
    <message>
      <source>Imported {count} calls.</source>
      <translation>{count} zəng idxal edildi.</translation>
    </message>
    <message>
      <source>It opens the desk when every password, or this machine's keychain, is lost.</source>
      <translation>O, bütün parollar və ya bu kompüterin açar anbarı itəndə masanı açır.</translation>
    </message>
    <message>
      <source>It runs at an administrator's sign-in, or now with 'hotline retention --run'.</source>
      <translation>Bu, administrator daxil olanda işləyir, ya da indi 'hotline retention --run' ilə.</translation>
    </message>
    <message>
      <source>Its secret is in this machine's keychain ({backend}).</source>
      <translation>Onun sirri bu kompüterin açar saxlancındadır ({backend}).</translation>
    </message>
    <message>
      <source>Joined the centre {database} on {host}:{port} as workstation {login}; its file: {path}.</source>
      <translation>{host}:{port} üzərindəki {database} mərkəzinə {login} iş yeri kimi qoşuldu; onun faylı: {path}.</translation>
    </message>
    <message>
      <source>Key card written to {path}.</source>
      <translation>Açar kartı {path} faylına yazıldı.</translation>
    </message>
    <message>
      <source>Key derivation: Argon2id {memory} MiB, {passes} passes, {lanes} lanes.</source>
      <translation>Açarın çıxarılması: Argon2id {memory} MiB, {passes} keçid, {lanes} zolaq.</translation>
    </message>
    <message>
      <source>Legal hold {id} lifted.</source>
      <translation>{id} saylı hüquqi saxlama götürüldü.</translation>
    </message>
    <message>
      <source>Legal hold {id} placed.</source>
      <translation>{id} saylı hüquqi saxlama qoyuldu.</translation>
    </message>
    <message>
      <source>Legal hold {number} lifted.</source>
      <translation>{number} saylı hüquqi saxlama götürüldü.</translation>
    </message>
    <message>
      <source>Legal hold {number} placed.</source>
      <translation>{number} saylı hüquqi saxlama qoyuldu.</translation>
    </message>
    <message>
      <source>NOT SEALED: {path}: {reason}; {holds}</source>
      <translation>MÖHÜRLƏNMƏYİB: {path}: {reason}; {holds}</translation>
    </message>
    <message>
      <source>NOT bound to a keychain: a copy of the desk's files can be attacked elsewhere by guessing passwords. Keep the machine's disk encrypted.</source>
      <translation>Açar anbarına BAĞLANMAYIB: masanın fayllarının surətinə başqa yerdə parolları təxmin etməklə hücum etmək olar. Kompüterin diskini şifrəli saxlayın.</translation>
    </message>
    <message>
      <source>NOT bound to a keychain: the workstation's secret is in {path}. Keep the machine's disk encrypted.</source>
      <translation>Açar saxlancına BAĞLANMAYIB: iş yerinin sirri {path} faylındadır. Kompüterin diskini şifrəli saxlayın.</translation>
    </message>
    <message>
      <source>New password for {name}: </source>
      <translation>{name} üçün yeni parol: </translation>
    </message>
    <message>
      <source>New password: </source>
      <translation>Yeni parol: </translation>
    </message>
    <message>
      <source>Nothing was imported.</source>
      <translation>Heç nə idxal edilmədi.</translation>
    </message>
    <message>
      <source>OK: all {rows} rows can be imported; nothing was written.</source>
      <translation>OK: bütün {rows} sətir idxal edilə bilər; heç nə yazılmadı.</translation>
    </message>
    <message>
      <source>OK: the centre's audit chain checks clean on the server.</source>
      <translation>OK: mərkəzin audit zənciri serverdə yoxlamadan təmiz keçir.</translation>
    </message>
    <message>
      <source>OK: the database, the key file and the audit chain check clean.</source>
      <translation>Qaydasındadır: verilənlər bazası, açar faylı və audit zənciri yoxlamadan təmiz keçdi.</translation>
    </message>
    <message>
      <source>OK: the signature is the desk's (the key given) and the file is the one it signed.</source>
      <translation>Qaydasındadır: imza masanındır (verilən açar) və fayl məhz onun imzaladığı fayldır.</translation>
    </message>
    <message>
      <source>PROBLEMS ({count}):</source>
      <translation>PROBLEMLƏR ({count}):</translation>
    </message>
    <message>
      <source>PROBLEMS ({count}); nothing was imported:</source>
      <translation>PROBLEMLƏR ({count}); heç nə idxal edilmədi:</translation>
    </message>
    <message>
      <source>Password changed.</source>
      <translation>Parol dəyişdirildi.</translation>
    </message>
    <message>
      <source>Password for {name} (as it was in the backup): </source>
      <translation>{name} üçün parol (ehtiyat nüsxədə olduğu kimi): </translation>
    </message>
    <message>
      <source>Password for {name}: </source>
      <translation>{name} üçün parol: </translation>
    </message>
    <message>
      <source>Password of the server's account {account}: </source>
      <translation>Serverdəki {account} hesabının parolu: </translation>
    </message>
    <message>
      <source>Pseudonyms keyed: {calls} calls converted, the persons key given to {holders} slots. Backups taken before still hold the pseudonyms in clear.</source>
      <translation>Təxəllüslər açarlandı: {calls} zəng çevrildi, şəxslər açarı {holders} slota verildi. Əvvəl alınmış ehtiyat nüsxələrdə təxəllüslər hələ açıq qalır.</translation>
    </message>
    <message>
      <source>RECOVERY CODE (shown once; write it down and keep it locked away):</source>
      <translation>BƏRPA KODU (bir dəfə göstərilir; onu yazın və kilid altında saxlayın):</translation>
    </message>
    <message>
      <source>REJECTED</source>
      <translation>RƏDD EDİLİB</translation>
    </message>
    <message>
      <source>Re-issued {table} {period} for {audience} (k={k}): {published} cells published, {suppressed} suppressed; audit passed.</source>
      <translation>{table} {period} {audience} auditoriyası üçün yenidən buraxıldı (k={k}): {published} xana dərc edildi, {suppressed} xana gizlədildi; yoxlama keçdi.</translation>
    </message>
    <message>
      <source>Recovery code: </source>
      <translation>Bərpa kodu: </translation>
    </message>
    <message>
      <source>Request {id} made: sealing needs a second person. Another administrator or a supervisor runs 'hotline --user THEIR_NAME approvals approve {id}'; then run this command again with --approval {id}.</source>
      <translation>{id} saylı sorğu yaradıldı: möhürləmə ikinci şəxs tələb edir. Başqa administrator və ya nəzarətçi 'hotline --user ONUN_ADI approvals approve {id}' əmrini icra edir; sonra bu əmri --approval {id} ilə yenidən icra edin.</translation>
    </message>
    <message>
      <source>Request {number} is waiting: “{what}” needs a second person. Another administrator or a supervisor runs 'hotline --user THEIR_NAME approvals approve {number}'; then run this command again.</source>
      <translation>{number} nömrəli sorğu gözləyir: “{what}” üçün ikinci şəxs lazımdır. Başqa administrator və ya nəzarətçi 'hotline --user ONUN_ADI approvals approve {number}' əmrini icra edir; sonra bu əmri yenidən icra edin.</translation>
    </message>
    <message>
      <source>Request {number} made: “{what}” needs a second person. Another administrator or a supervisor runs 'hotline --user THEIR_NAME approvals approve {number}'; then run this command again.</source>
      <translation>{number} nömrəli sorğu göndərildi: “{what}” üçün ikinci şəxs lazımdır. Başqa administrator və ya nəzarətçi 'hotline --user ONUN_ADI approvals approve {number}' əmrini icra edir; sonra bu əmri yenidən icra edin.</translation>
    </message>
    <message>
      <source>Request {number}: {state}.</source>
      <translation>{number} nömrəli sorğu: {state}.</translation>
    </message>
    <message>
      <source>Restored and verified. The previous files were kept in {path}.</source>
      <translation>Bərpa edildi və yoxlanıldı. Əvvəlki fayllar {path} qovluğunda saxlanıldı.</translation>
    </message>
    <message>
      <source>Retention</source>
      <translation>Saxlama müddəti</translation>
    </message>
    <message>
      <source>Retention destroyed the free text of {count} calls.</source>
      <translation>Saxlama müddəti {count} zəngin sərbəst mətnini məhv etdi.</translation>
    </message>
    <message>
      <source>STILL HOLDS THE SEALED CALLS: {path} (a backup taken before the sealing; marked in its register: bring it back to be sealed, or destroy it)</source>
      <translation>MÖHÜRLƏNMİŞ ZƏNGLƏR HƏLƏ DƏ İÇİNDƏDİR: {path} (möhürləmədən əvvəl alınmış ehtiyat nüsxə; reyestrində qeyd edildi: möhürləmək üçün geri gətirin və ya məhv edin)</translation>
    </message>
    <message>
      <source>Sealed {calls} calls (decision record {decision}): {keys} data keys, {vault} identity entries, {entities} entity values, {comments} comments, {corrections} corrections destroyed; {tasks} open tasks closed.</source>
      <translation>{calls} zəng möhürləndi (qərar qeydi {decision}): {keys} məlumat açarı, {vault} şəxsiyyət qeydi, {entities} obyekt dəyəri, {comments} şərh, {corrections} düzəliş məhv edildi; {tasks} açıq tapşırıq bağlandı.</translation>
    </message>
    <message>
      <source>Sealed {calls} calls on the centre (decision record {decision}): {keys} data keys, {texts} text fields and {vault} identity entries deleted on the server.</source>
      <translation>Mərkəzdə {calls} zəng möhürləndi ({decision} saylı qərar qeydi): serverdə {keys} məlumat açarı, {texts} mətn sahəsi və {vault} şəxsiyyət qeydi silindi.</translation>
    </message>
    <message>
      <source>Sealing</source>
      <translation>Möhürləmə</translation>
    </message>
    <message>
      <source>Sealing the notes</source>
      <translation>Qeydlər möhürlənir</translation>
    </message>
    <message>
      <source>The backup register beside the file does not know this backup; its count of calls could not be compared.</source>
      <translation>Faylın yanındakı ehtiyat nüsxələr reyestri bu nüsxəni tanımır; zənglərin sayını müqayisə etmək mümkün olmadı.</translation>
    </message>
    <message>
      <source>The backup was of schema version {before}; the restored centre was upgraded to {after}.</source>
      <translation>Ehtiyat nüsxə {before} sxem versiyasında idi; bərpa olunmuş mərkəz {after} versiyasına yeniləndi.</translation>
    </message>
    <message>
      <source>The centre {database} is at schema version {after} already; nothing to do.</source>
      <translation>{database} mərkəzi artıq {after} sxem versiyasındadır; ediləsi heç nə yoxdur.</translation>
    </message>
    <message>
      <source>The centre {database} was upgraded from schema version {before} to {after}.</source>
      <translation>{database} mərkəzi {before} sxem versiyasından {after} versiyasına yeniləndi.</translation>
    </message>
    <message>
      <source>The centre {source} was restored into the database {database} and opens: {calls} calls, its key file read with your password.</source>
      <translation>{source} mərkəzi {database} verilənlər bazasına bərpa olundu və açılır: {calls} zəng, açar faylı parolunuzla oxundu.</translation>
    </message>
    <message>
      <source>The database has a new key (generation {generation}); every slot was rewrapped.</source>
      <translation>Verilənlər bazasının yeni açarı var (nəsil {generation}); bütün yuvalar yeni açarla yenidən şifrələndi.</translation>
    </message>
    <message>
      <source>The first rows as they will be stored (free text not printed):</source>
      <translation>İlk sətirlər saxlanılacağı kimi (sərbəst mətn göstərilmir):</translation>
    </message>
    <message>
      <source>The notes' index is cleared at the next supervisor's sign-in.</source>
      <translation>Qeydlərin indeksi növbəti nəzarətçi daxil olanda təmizlənir.</translation>
    </message>
    <message>
      <source>This centre still keeps callers' pseudonyms in clear, and its operators cannot save until they are keyed: run this command again with --admin NAME on an administrator's joined workstation.</source>
      <translation>Bu mərkəz zəng edənlərin təxəllüslərini hələ açıq saxlayır və onlar açarlanana qədər operatorlar zəngləri saxlaya bilməz: bu əmri administratorun qoşulmuş iş stansiyasında --admin AD ilə yenidən icra edin.</translation>
    </message>
    <message>
      <source>UNKNOWN: map it with --value</source>
      <translation>NAMƏLUM: --value ilə uyğunlaşdırın</translation>
    </message>
    <message>
      <source>User: </source>
      <translation>İstifadəçi: </translation>
    </message>
    <message>
      <source>Values of the coded columns (list, text, rows -&gt; taken for):</source>
      <translation>Kodlu sütunların dəyərləri (siyahı, mətn, sətirlər -&gt; nə kimi qəbul edilir):</translation>
    </message>
    <message>
      <source>Workstation {number} ({login}) was removed: it can no longer connect to the centre, and nobody can sign in on it.</source>
      <translation>{number} nömrəli iş yeri ({login}) silindi: o artıq mərkəzə qoşula bilməz və onda heç kim daxil ola bilməz.</translation>
    </message>
    <message>
      <source>already sealed</source>
      <translation>artıq möhürlənib</translation>
    </message>
    <message>
      <source>call {number}</source>
      <translation>zəng {number}</translation>
    </message>
    <message>
      <source>cannot connect</source>
      <translation>qoşula bilmir</translation>
    </message>
    <message>
      <source>hotline: interrupted; nothing more was written.</source>
      <translation>hotline: dayandırıldı; daha heç nə yazılmadı.</translation>
    </message>
    <message>
      <source>hotline: the output was cut off: the program reading it stopped.</source>
      <translation>hotline: çıxış kəsildi: onu oxuyan proqram dayandı.</translation>
    </message>
    <message>
      <source>hotline: warning: {text}</source>
      <translation>hotline: xəbərdarlıq: {text}</translation>
    </message>
    <message>
      <source>hotline: {text}</source>
      <translation>hotline: {text}</translation>
    </message>
    <message>
      <source>in use</source>
      <translation>istifadədədir</translation>
    </message>
    <message>
      <source>it is damaged or does not check clean</source>
      <translation>o zədələnib və ya yoxlamadan təmiz keçmir</translation>
    </message>
    <message>
      <source>it opens with another password (the one it had when written)</source>
      <translation>o başqa parolla açılır (yazılanda olan parolla)</translation>
    </message>
    <message>
      <source>not found where it was written</source>
      <translation>yazıldığı yerdə tapılmadı</translation>
    </message>
    <message>
      <source>person {pseudonym}</source>
      <translation>şəxs {pseudonym}</translation>
    </message>
    <message>
      <source>removed {when}</source>
      <translation>{when} silinib</translation>
    </message>
    <message>
      <source>sealed: {path} ({count} calls sealed in it)</source>
      <translation>möhürləndi: {path} (orada {count} zəng möhürləndi)</translation>
    </message>
    <message>
      <source>text fields {texts}, identity entries {vault}, entities {entities}, open tasks {tasks}</source>
      <translation>mətn sahələri {texts}, şəxsiyyət qeydləri {vault}, obyektlər {entities}, açıq tapşırıqlar {tasks}</translation>
    </message>
    <message>
      <source>the saved mapping was changed outside the program (it is not the one an administrator saved); it was not used. Tell the administrator.</source>
      <translation>saxlanmış uyğunluq proqramdan kənarda dəyişdirilib (administratorun saxladığı deyil); istifadə edilmədi. Administratora bildirin.</translation>
    </message>
    <message>
      <source>warning: {text}</source>
      <translation>xəbərdarlıq: {text}</translation>
    </message>
    <message>
      <source>{count} calls sealed after this backup was taken were sealed again in the restored centre (from the seal registers).</source>
      <translation>Bu ehtiyat nüsxə götürüldükdən sonra möhürlənmiş {count} zəng bərpa olunmuş mərkəzdə yenidən möhürləndi (möhür reyestrlərindən).</translation>
    </message>
    <message>
      <source>{count} calls to seal.</source>
      <translation>Möhürlənəcək zənglər: {count}.</translation>
    </message>
    <message>
      <source>{held} calls of the file were on the centre already (imported before) and were not stored again.</source>
      <translation>Faylın {held} zəngi mərkəzdə artıq var idi (əvvəl idxal edilib) və yenidən saxlanılmadı.</translation>
    </message>
    <message>
      <source>{name} has a new password and new keys.</source>
      <translation>{name} üçün yeni parol və yeni açarlar verildi.</translation>
    </message>
    <message>
      <source>{name}: {rows} rows ({kind})</source>
      <translation>{name}: {rows} sətir ({kind})</translation>
    </message>
  </context>
  <context>
    <name>common</name>
    <message>
      <source>— not set —</source>
      <translation>— seçilməyib —</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>"{name}" is not a time zone name; give one such as Asia/Baku or Europe/Istanbul. Nothing was created.</source>
      <translation>"{name}" saat qurşağının adı deyil; Asia/Baku və ya Europe/Istanbul kimi bir ad yazın. Heç nə yaradılmadı.</translation>
    </message>
    <message>
      <source>A call changed on the server while this workstation was linking earlier calls by the entities they name (sealed or corrected meanwhile): that batch was undone whole. The calls still waiting are linked at the next sign-in of a supervisor.</source>
      <translation>Bu iş stansiyası əvvəlki zəngləri adını çəkdikləri obyektlərlə əlaqələndirərkən serverdə bir zəng dəyişdi (bu arada möhürləndi və ya düzəldildi): həmin dəstə bütövlükdə geri qaytarıldı. Gözləyən zənglər nəzarətçinin növbəti girişində əlaqələndiriləcək.</translation>
    </message>
    <message>
      <source>A cell in row {row} of {name} holds more than {limit} characters. Nothing was imported.</source>
      <translation>{name} faylının {row} sətrindəki xanada {limit} simvoldan çox mətn var. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
      <source>A desk already exists in {path}; it was left as it is.</source>
      <translation>{path} qovluğunda artıq masa var; ona toxunulmadı.</translation>
    </message>
    <message>
      <source>A legal hold is already in place for {what}.</source>
      <translation>{what} üçün artıq hüquqi saxlama qoyulub.</translation>
    </message>
    <message>
      <source>An identity entry held for call {call_id} does not belong to that call: it was moved or changed outside the program. Nothing was shown. Tell the administrator and run 'hotline verify'.</source>
      <translation>{call_id} nömrəli zəng üçün saxlanan şəxsiyyət qeydi bu zəngə aid deyil: o, proqramdan kənarda köçürülüb və ya dəyişdirilib. Heç nə göstərilmədi. Administratora bildirin və 'hotline verify' işlədin.</translation>
    </message>
    <message>
      <source>Audit entry {seq} is not a finding of the desk.</source>
      <translation>{seq} nömrəli audit qeydi masanın aşkarladığı problem deyil.</translation>
    </message>
    <message>
      <source>Call {call} on the server no longer matches what the audit log pins (changed around the desk); nothing was changed. Ask an administrator to run verify.</source>
      <translation>Serverdəki {call} nömrəli zəng artıq audit jurnalının təsbit etdiyinə uyğun gəlmir (masadan kənar dəyişdirilib); heç nə dəyişdirilmədi. Administratordan yoxlama (verify) aparmasını xahiş edin.</translation>
    </message>
    <message>
      <source>Call {ident} is sealed by a decision: nothing of it can be read, changed or followed up any more. Nothing was changed.</source>
      <translation>{ident} saylı zəng qərarla möhürlənib: ondan heç nə artıq oxuna, dəyişdirilə və ya izlənilə bilməz. Heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
      <source>Calls can be kept on this computer only in a signed-in person's session.</source>
      <translation>Zəngləri bu kompüterdə yalnız daxil olmuş şəxsin seansında saxlamaq olar.</translation>
    </message>
    <message>
      <source>Cell {cell} of {name} holds a formula. Copy the sheet and paste it as values only, then try again. Nothing was imported.</source>
      <translation>{name} faylının {cell} xanasında düstur var. Vərəqi kopyalayıb yalnız dəyərlər kimi yapışdırın və yenidən cəhd edin. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
      <source>Cell {cell} of {name} holds more than {limit} characters. Nothing was imported.</source>
      <translation>{name} faylının {cell} xanasında {limit} simvoldan çox mətn var. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
      <source>Changing {name} this way would leave members' records on the centre (your own too, when you change yourself) without a valid administrator's signature, and those members could not sign in; nothing was done. Ask another administrator to make this change.</source>
      <translation>{name} üzərində bu dəyişiklik mərkəzdəki üzv qeydlərini (özünüzü dəyişdirəndə sizinkini də) etibarlı administrator imzası olmadan qoyardı və həmin üzvlər daxil ola bilməzdi; heç nə edilmədi. Bu dəyişikliyi başqa administratordan xahiş edin.</translation>
    </message>
    <message>
      <source>Changing {name}'s roles needs a second person's approval: request {number} waits for it ('hotline approvals approve {number}' by another administrator or a supervisor), then run the same command again.</source>
      <translation>{name} üçün rolların dəyişdirilməsi ikinci şəxsin təsdiqini tələb edir: {number} nömrəli sorğu onu gözləyir (başqa administrator və ya supervayzer 'hotline approvals approve {number}' icra etməlidir), sonra eyni əmri yenidən işə salın.</translation>
    </message>
    <message>
      <source>Choose who took the decision: a court, the prosecutor or another body. Nothing was sealed.</source>
      <translation>Qərarı kimin qəbul etdiyini seçin: məhkəmə, prokuror və ya digər orqan. Heç nə möhürlənmədi.</translation>
    </message>
    <message>
      <source>Columns {first} and {second} of {name} have the same header. Give each column its own header and try again. Nothing was imported.</source>
      <translation>{name} faylının {first} və {second} sütunlarının başlığı eynidir. Hər sütuna öz başlığını verin və yenidən cəhd edin. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
      <source>Do it from the window instead: the menu {path}, then {buttons}.</source>
      <translation>Bunu pəncərədən edin: {path} menyusu, sonra {buttons}.</translation>
    </message>
    <message>
      <source>Entry {seen} of the centre's audit log on the server is not the entry this workstation saw: the log on the server was cut and written again, or put back to an older copy. Nothing more was written to it. Tell the centre's administrator.</source>
      <translation>Mərkəzin serverdəki audit jurnalının {seen} saylı qeydi bu iş stansiyasının gördüyü qeyd deyil: serverdəki jurnal kəsilib və yenidən yazılıb, ya da köhnə surətə qaytarılıb. Jurnala daha heç nə yazılmadı. Mərkəzin administratoruna xəbər verin.</translation>
    </message>
    <message>
      <source>Every call chosen is sealed already. Nothing was sealed.</source>
      <translation>Seçilmiş bütün zənglər artıq möhürlənib. Heç nə möhürlənmədi.</translation>
    </message>
    <message>
      <source>Give a whole number from {low} to {high}.</source>
      <translation>{low} ilə {high} arasında tam ədəd yazın.</translation>
    </message>
    <message>
      <source>Give the reason of the legal hold (the case or the request). No hold was placed.</source>
      <translation>Hüquqi saxlamanın səbəbini yazın (iş və ya sorğu). Saxlama qoyulmadı.</translation>
    </message>
    <message>
      <source>Granting the supervisor role gives access to the identity vault, and only a user who holds the vault key (an administrator who is also a supervisor, or the recovery code) can grant it.</source>
      <translation>Nəzarətçi rolu şəxsiyyət seyfinə giriş verir və onu yalnız seyf açarına sahib olan istifadəçi (eyni zamanda nəzarətçi olan administrator və ya bərpa kodu) verə bilər.</translation>
    </message>
    <message>
      <source>Keep free text for {low} to {high} years (whole years). The setting was not changed.</source>
      <translation>Sərbəst mətni {low}–{high} il saxlayın (tam illərlə). Ayar dəyişdirilmədi.</translation>
    </message>
    <message>
      <source>Leave the password out of the server's address (it would stay in the shell's history and the process list); it is asked next, or read from standard input.</source>
      <translation>Parolu serverin ünvanına yazmayın (o, əmrlər tarixçəsində və proseslər siyahısında qalardı); parol sonra soruşulur və ya standart girişdən oxunur.</translation>
    </message>
    <message>
      <source>Line {line} of {path}: {reason}. Nothing was imported.</source>
      <translation>{path} faylının {line} sətri: {reason}. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
      <source>Linking earlier calls by the entities they name waited too long for another connection to the centre's server holding its turn: nothing of that batch was changed. The calls still waiting are linked at the next sign-in of a supervisor.</source>
      <translation>Əvvəlki zənglərin adını çəkdikləri obyektlərlə əlaqələndirilməsi mərkəzin serverinə növbəni tutan başqa bir bağlantını çox uzun gözlədi: həmin dəstədən heç nə dəyişdirilmədi. Gözləyən zənglər nəzarətçinin növbəti girişində əlaqələndiriləcək.</translation>
    </message>
    <message>
      <source>No backup folder is chosen yet: choose one on the Backups page first.</source>
      <translation>Ehtiyat nüsxə qovluğu hələ seçilməyib: əvvəlcə onu «Ehtiyat nüsxələr» səhifəsində seçin.</translation>
    </message>
    <message>
      <source>No call was found for {what}. Nothing was sealed.</source>
      <translation>{what} üçün heç bir zəng tapılmadı. Heç nə möhürlənmədi.</translation>
    </message>
    <message>
      <source>No column is mapped to the date of the call. Nothing was imported.</source>
      <translation>Heç bir sütun zəngin tarixinə uyğunlaşdırılmayıb. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
      <source>No secure OS keychain is available here ({backend}). The desk can be set up without binding it to this machine (then a copy of the desk's files can be attacked elsewhere with password guesses); choose that explicitly.</source>
      <translation>Burada təhlükəsiz ƏS açar anbarı yoxdur ({backend}). Masanı bu kompüterə bağlamadan qurmaq olar (onda masanın fayllarının surəti başqa yerdə parol təxmini ilə sındırıla bilər); bunu açıq şəkildə seçin.</translation>
    </message>
    <message>
      <source>Not available offline: this needs the centre's server, which cannot be reached ({reason}). You signed in offline: calls you save are kept on this computer and sent when the server is back.</source>
      <translation>Oflayn mümkün deyil: bunun üçün mərkəzin serveri lazımdır, ona isə qoşulmaq olmur ({reason}). Siz oflayn daxil olmusunuz: saxladığınız zənglər bu kompüterdə qalır və server qayıdanda göndərilir.</translation>
    </message>
    <message>
      <source>Only an administrator's session holds the desk's signing key; sign in as an administrator to export the audit.</source>
      <translation>Masanın imza açarı yalnız administratorun seansında olur; auditi ixrac etmək üçün administrator kimi daxil olun.</translation>
    </message>
    <message>
      <source>Only the owner of the centre's schema may upgrade it: give the server's superuser in the address, as at 'hotline init --server'. Nothing was changed.</source>
      <translation>Mərkəzin sxemini yalnız onun sahibi yeniləyə bilər: ünvanda, 'hotline init --server' zamanı olduğu kimi, serverin superistifadəçisini göstərin. Heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
      <source>PostgreSQL's {tool} failed ({reason}); nothing was kept of its work.</source>
      <translation>PostgreSQL-in {tool} proqramı uğursuz oldu ({reason}); onun işindən heç nə saxlanılmadı.</translation>
    </message>
    <message>
      <source>PostgreSQL's {tool} was not found on this computer: install PostgreSQL's client tools (the postgresql-client package) and try again; nothing was changed.</source>
      <translation>Bu kompüterdə PostgreSQL-in {tool} proqramı tapılmadı: PostgreSQL-in müştəri alətlərini (postgresql-client paketi) quraşdırın və yenidən cəhd edin; heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
      <source>Request {id} approved something else than this; make a new request for what you want to do.</source>
      <translation>{id} nömrəli sorğu ilə başqa şey təsdiqlənib; etmək istədiyiniz iş üçün yeni sorğu göndərin.</translation>
    </message>
    <message>
      <source>Request {id} expired; make a new request.</source>
      <translation>{id} nömrəli sorğunun müddəti bitib; yeni sorğu göndərin.</translation>
    </message>
    <message>
      <source>Request {id} has not been approved ({state}); it cannot be carried out.</source>
      <translation>{id} nömrəli sorğu təsdiqlənməyib ({state}); onu icra etmək olmaz.</translation>
    </message>
    <message>
      <source>Request {id} is no longer waiting for approval ({state}).</source>
      <translation>{id} nömrəli sorğu artıq təsdiq gözləmir ({state}).</translation>
    </message>
    <message>
      <source>Request {id} was made by someone else; only its requester carries it out.</source>
      <translation>{id} nömrəli sorğunu başqası göndərib; onu yalnız sorğu göndərən icra edə bilər.</translation>
    </message>
    <message>
      <source>Request {number} cannot be approved by you: it is unknown, expired, already decided, your own, or its signature does not verify.</source>
      <translation>{number} nömrəli sorğunu siz təsdiq edə bilməzsiniz: o, naməlumdur, vaxtı keçib, artıq həll olunub, sizin öz sorğunuzdur və ya imzası yoxlamadan keçmir.</translation>
    </message>
    <message>
      <source>Request {number} cannot be refused by you: it is unknown, expired, already approved or decided, your own, or its signature does not verify. Nothing was changed.</source>
      <translation>{number} nömrəli sorğunu siz rədd edə bilməzsiniz: o naməlumdur, vaxtı keçib, artıq təsdiqlənib və ya həll olunub, sizin öz sorğunuzdur və ya imzası yoxlanışdan keçmir. Heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
      <source>Request {number} cannot be withdrawn by you: it is unknown, someone else's, or already carried out, refused or withdrawn. Nothing was changed.</source>
      <translation>{number} nömrəli sorğunu siz geri götürə bilməzsiniz: o naməlumdur, başqasınındır və ya artıq yerinə yetirilib, rədd edilib və ya geri götürülüb. Heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
      <source>Row {row} ({header}): {problem}</source>
      <translation>Sətir {row} ({header}): {problem}</translation>
    </message>
    <message>
      <source>Row {row} of {name} has more than {limit} cells. Nothing was imported.</source>
      <translation>{name} faylının {row} sətrində {limit} xanadan çox var. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
      <source>Row {row} of {name} is not UTF-8 text. Save the file as CSV UTF-8 and try again. Nothing was imported.</source>
      <translation>{name} faylının {row} sətri UTF-8 mətni deyil. Faylı CSV UTF-8 kimi saxlayın və yenidən cəhd edin. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
      <source>Row {row} of {name} is not valid CSV (a quote is not closed, or a stray character). Nothing was imported.</source>
      <translation>{name} faylının {row} sətri düzgün CSV deyil (dırnaq bağlanmayıb və ya artıq simvol var). Heç nə idxal edilmədi.</translation>
    </message>
    <message>
      <source>Row {row}, column {column} ({header}): {problem}</source>
      <translation>Sətir {row}, sütun {column} ({header}): {problem}</translation>
    </message>
    <message>
      <source>Say in a few words what was done about the finding (at least 10 characters).</source>
      <translation>Aşkarlananla bağlı nə edildiyini bir neçə sözlə yazın (ən azı 10 simvol).</translation>
    </message>
    <message>
      <source>Sealing these calls needs a second person's approval: request {number} waits for it ('hotline approvals approve {number}' by another administrator or a supervisor). Then run the same command again. Nothing was sealed yet.</source>
      <translation>Bu zəngləri möhürləmək üçün ikinci şəxsin təsdiqi lazımdır: {number} saylı sorğu onu gözləyir (başqa inzibatçı və ya nəzarətçi 'hotline approvals approve {number}' icra edir). Sonra eyni əmri yenidən icra edin. Hələ heç nə möhürlənmədi.</translation>
    </message>
    <message>
      <source>Searching the notes needs a supervisor's key; this session cannot open the notes' index. Nothing was searched.</source>
      <translation>Qeydlərdə axtarış üçün supervayzerin açarı lazımdır; bu seans qeydlərin indeksini aça bilmir. Heç nə axtarılmadı.</translation>
    </message>
    <message>
      <source>Sign in as an administrator to restore: a backup is opened with the password its user had when it was written.</source>
      <translation>Bərpa üçün administrator kimi daxil olun: ehtiyat nüsxə onun yazıldığı vaxt istifadəçinin malik olduğu parolla açılır.</translation>
    </message>
    <message>
      <source>The account in the server's address may not create the centre's roles and schema (a PostgreSQL superuser is needed for 'hotline init --server'); nothing was created.</source>
      <translation>Serverin ünvanındakı hesab mərkəzin rollarını və sxemini yarada bilməz ('hotline init --server' üçün PostgreSQL superistifadəçisi lazımdır); heç nə yaradılmadı.</translation>
    </message>
    <message>
      <source>The approval of request {id} was used already; an approval serves once.</source>
      <translation>{id} nömrəli sorğunun təsdiqindən artıq istifadə olunub; təsdiq yalnız bir dəfə keçərlidir.</translation>
    </message>
    <message>
      <source>The backup folder {path} cannot be written to (it is read-only, or this user may not write there). Choose another folder. No backup was written.</source>
      <translation>{path} ehtiyat nüsxə qovluğuna yazmaq olmur (yalnız oxumaq üçündür və ya bu istifadəçinin oraya yazmaq hüququ yoxdur). Başqa qovluq seçin. Ehtiyat nüsxə yazılmadı.</translation>
    </message>
    <message>
      <source>The backup folder {path} has too little free space ({free} MB free, about {needed} MB needed). Free some space or choose another folder; older backups were kept. No backup was written.</source>
      <translation>{path} ehtiyat nüsxə qovluğunda boş yer azdır ({free} MB boşdur, təxminən {needed} MB lazımdır). Yer boşaldın və ya başqa qovluq seçin; köhnə ehtiyat nüsxələr saxlanıldı. Ehtiyat nüsxə yazılmadı.</translation>
    </message>
    <message>
      <source>The backup folder {path} is not there: plug in the backup drive or connect the network share, or choose another folder. No backup was written.</source>
      <translation>{path} ehtiyat nüsxə qovluğu yoxdur: ehtiyat diskini taxın və ya şəbəkə qovluğunu qoşun, ya da başqa qovluq seçin. Ehtiyat nüsxə yazılmadı.</translation>
    </message>
    <message>
      <source>The backup register {path} was changed outside the program or is damaged (line {line}: {reason}).</source>
      <translation>Ehtiyat nüsxələr reyestri {path} proqramdan kənarda dəyişdirilib və ya zədələnib (sətir {line}: {reason}).</translation>
    </message>
    <message>
      <source>The backup was cancelled: no file of it was kept and none is counted.</source>
      <translation>Ehtiyat nüsxə ləğv edildi: onun heç bir faylı saxlanmadı və heç biri sayılmır.</translation>
    </message>
    <message>
      <source>The backup {path} is not usable ({reason}). Nothing was changed.</source>
      <translation>{path} ehtiyat nüsxəsi yararsızdır ({reason}). Heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
      <source>The call cannot be saved yet: {problems}</source>
      <translation>Zəngi hələ yadda saxlamaq olmur: {problems}</translation>
    </message>
    <message>
      <source>The calls kept on this computer in {path} do not open with this person's key (the file is another person's, or damaged). It was left untouched.</source>
      <translation>Bu kompüterdə {path} faylında saxlanılan zənglər bu şəxsin açarı ilə açılmır (fayl başqa şəxsindir və ya zədələnib). Fayla toxunulmadı.</translation>
    </message>
    <message>
      <source>The centre's audit log on the server ends at entry {last}, but this workstation saw it reach entry {seen}: entries were removed from the log on the server. Nothing more was written to it. Tell the centre's administrator.</source>
      <translation>Mərkəzin serverdəki audit jurnalı {last} saylı qeyddə bitir, lakin bu iş stansiyası onun {seen} saylı qeydə çatdığını görmüşdü: serverdə jurnaldan qeydlər silinib. Jurnala daha heç nə yazılmadı. Mərkəzin administratoruna xəbər verin.</translation>
    </message>
    <message>
      <source>The centre's public keys on the server are not the ones its first entry, signed when the centre was set up, names: someone changed them on the server. Nothing was sealed to them and nothing was sent. Tell the centre's administrator.</source>
      <translation>Serverdəki mərkəzin açıq açarları mərkəz qurulanda imzalanmış ilk qeyddə göstərilən açarlar deyil: kimsə onları serverdə dəyişib. Onlarla heç nə möhürlənmədi və heç nə göndərilmədi. Mərkəzin administratoruna xəbər verin.</translation>
    </message>
    <message>
      <source>The centre's record of {name} is not signed by an administrator of the centre (changed on the server?); nothing was done. Run 'hotline verify' and tell the administrators.</source>
      <translation>Mərkəzdə {name} haqqında qeyd mərkəzin administratoru tərəfindən imzalanmayıb (serverdə dəyişdirilib?); heç nə edilmədi. 'hotline verify' icra edin və administratorlara xəbər verin.</translation>
    </message>
    <message>
      <source>The centre's referral directory on its server holds an entry that cannot be read ({reason}): it was changed around the desk. Nothing was changed; the Desk check names it, and an administrator restores it from a backup of the centre.</source>
      <translation>Mərkəzin serverindəki yönləndirmə kataloqunda oxuna bilməyən qeyd var ({reason}): o, masadan kənarda dəyişdirilib. Heç nə dəyişdirilmədi; «Masanın yoxlanışı» səhifəsi onu göstərir, inzibatçı isə onu mərkəzin ehtiyat nüsxəsindən bərpa edir.</translation>
    </message>
    <message>
      <source>The centre's server cannot be reached ({reason}), and this command needs it. To take calls meanwhile, start the window ('hotline') and sign in offline: the calls are kept on this computer and sent when the server is back.</source>
      <translation>Mərkəzin serverinə qoşulmaq olmur ({reason}), bu əmr isə ona ehtiyac duyur. Bu arada zəng qəbul etmək üçün pəncərəni açın ('hotline') və oflayn daxil olun: zənglər bu kompüterdə saxlanılır və server qayıdanda göndərilir.</translation>
    </message>
    <message>
      <source>The centre's server could not be reached or refused the connection ({reason}). Check its address, the password and that it is running.</source>
      <translation>Mərkəzin serverinə qoşulmaq alınmadı və ya server qoşulmanı rədd etdi ({reason}). Ünvanı, parolu və serverin işlədiyini yoxlayın.</translation>
    </message>
    <message>
      <source>The centre's server has schema version {server}, and this hotline knows only {known}: install the newer hotline on this computer. Nothing was changed.</source>
      <translation>Mərkəzin serverində sxem versiyası {server}-dir, bu hotline isə yalnız {known} versiyasını tanıyır: bu kompüterdə hotline-ın yeni versiyasını quraşdırın. Heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
      <source>The centre's server has schema version {server}, older than this hotline's {known}: the centre's owner runs 'hotline server upgrade --server URL' (with the server's superuser, as at init). Nothing was changed.</source>
      <translation>Mərkəzin serverində sxem versiyası {server}-dir, bu hotline-ın {known} versiyasından köhnədir: mərkəzin sahibi 'hotline server upgrade --server URL' əmrini işə salır (init zamanı olduğu kimi, serverin superistifadəçisi ilə). Heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
      <source>The centre's server is back, but your account there was changed since this computer's copy of the centre's keys was made (disabled, or other roles): nothing is sent from this offline session. The calls you saved stay kept on this computer; sign in again, or ask an administrator.</source>
      <translation>Mərkəzin serveri qayıdıb, lakin bu kompüterdəki mərkəz açarlarının surəti çıxarılandan sonra orada hesabınız dəyişdirilib (bağlanıb və ya başqa rollar verilib): bu oflayn sessiyadan heç nə göndərilmir. Saxladığınız zənglər bu kompüterdə qalır; yenidən daxil olun və ya administratora müraciət edin.</translation>
    </message>
    <message>
      <source>The centre's server no longer lets you in (your account was disabled, or your password was changed since you signed in): your session has ended. The calls you saved and this workstation has not sent yet stay kept in its outbox; sign in again, or ask an administrator.</source>
      <translation>Mərkəzin serveri sizi artıq buraxmır (hesabınız söndürülüb və ya daxil olduğunuzdan sonra parolunuz dəyişdirilib): sessiyanız bitdi. Yadda saxladığınız və bu iş yerinin hələ göndərmədiyi zənglər onun göndərmə növbəsində saxlanılır; yenidən daxil olun və ya administratora müraciət edin.</translation>
    </message>
    <message>
      <source>The centre's server refused this workstation (it was removed from the centre, or its secret changed). Join the centre again with a new enrolment code.</source>
      <translation>Mərkəzin serveri bu iş yerini rədd etdi (o, mərkəzdən çıxarılıb və ya sirri dəyişib). Yeni qeydiyyat kodu ilə mərkəzə yenidən qoşulun.</translation>
    </message>
    <message>
      <source>The data file {name} that came with the program is damaged ({reason}). Nothing was changed; reinstall the program.</source>
      <translation>Proqramla gələn {name} məlumat faylı zədələnib ({reason}). Heç nə dəyişdirilmədi; proqramı yenidən quraşdırın.</translation>
    </message>
    <message>
      <source>The database could not be written ({reason}). Nothing was saved by this step, and everything saved before is kept.</source>
      <translation>Verilənlər bazasına yazmaq mümkün olmadı ({reason}). Bu addımda heç nə saxlanmadı, əvvəl saxlananların hamısı qalır.</translation>
    </message>
    <message>
      <source>The database could not be written to the disk: the disk may be full or the file too large. Nothing was saved by this step, and everything saved before is kept. Free some space and save again.</source>
      <translation>Verilənlər bazasını diskə yazmaq mümkün olmadı: disk dolu və ya fayl çox böyük ola bilər. Bu addımda heç nə saxlanmadı, əvvəl saxlananların hamısı qalır. Yer boşaldın və yenidən saxlayın.</translation>
    </message>
    <message>
      <source>The database {database} already exists on the server; a centre is restored only into a new database. Nothing was changed.</source>
      <translation>{database} verilənlər bazası serverdə artıq var; mərkəz yalnız yeni verilənlər bazasına bərpa olunur. Heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
      <source>The database {database} already holds a centre; it was left as it is.</source>
      <translation>{database} verilənlər bazasında artıq mərkəz var; ona toxunulmadı.</translation>
    </message>
    <message>
      <source>The database {database} holds no centre (no key file); nothing was done.</source>
      <translation>{database} verilənlər bazasında mərkəz yoxdur (açar faylı yoxdur); heç nə edilmədi.</translation>
    </message>
    <message>
      <source>The database {database} holds no centre; there is nothing to upgrade.</source>
      <translation>{database} verilənlər bazasında mərkəz yoxdur; yeniləniləsi heç nə yoxdur.</translation>
    </message>
    <message>
      <source>The database {path} is missing, though the desk's key file {key_file} is there. The desk cannot be opened without it, and no new desk is set up over its key file; restore the database from the backup made with the key file.</source>
      <translation>Masanın {key_file} açar faylı yerindədir, lakin {path} verilənlər bazası yoxdur. Masanı onsuz açmaq olmur və onun açar faylının üzərində yeni masa qurulmur; verilənlər bazasını açar faylı ilə birlikdə çıxarılmış ehtiyat nüsxədən bərpa edin.</translation>
    </message>
    <message>
      <source>The date of the decision must be a real date, not in the future (year-month-day, e.g. 2026-11-30). Nothing was sealed.</source>
      <translation>Qərarın tarixi gələcəkdə olmayan real tarix olmalıdır (il-ay-gün, məs. 2026-11-30). Heç nə möhürlənmədi.</translation>
    </message>
    <message>
      <source>The decision number is longer than {limit} characters: type the number only, nothing about the case. Nothing was sealed.</source>
      <translation>Qərarın nömrəsi {limit} simvoldan uzundur: yalnız nömrəni yazın, iş haqqında heç nə yazmayın. Heç nə möhürlənmədi.</translation>
    </message>
    <message>
      <source>The desk could not do that.</source>
      <translation>Masa bunu edə bilmədi.</translation>
    </message>
    <message>
      <source>The desk in {path} is already open in another copy of the program (process {pid}). Close that copy first.</source>
      <translation>{path} qovluğundakı masa proqramın başqa nüsxəsində artıq açıqdır (proses {pid}). Əvvəlcə o nüsxəni bağlayın.</translation>
    </message>
    <message>
      <source>The desk in {path} is open in another process ({pid}): the window with a user signed in, or another command. This command does not open it beside the window. {how} Or sign out of the window and run the command again.</source>
      <translation>{path} qovluğundakı masa başqa prosesdə açıqdır ({pid}): istifadəçinin daxil olduğu pəncərədə və ya başqa komandada. Bu komanda onu pəncərənin yanında açmır. {how} Ya da pəncərədən çıxın və komandanı yenidən işə salın.</translation>
    </message>
    <message>
      <source>The desk's database {path} is damaged or was changed outside the program ({reason}). It was left untouched; restore it from a backup.</source>
      <translation>Masanın verilənlər bazası {path} zədələnib və ya proqramdan kənarda dəyişdirilib ({reason}). Ona toxunulmadı; onu ehtiyat nüsxədən bərpa edin.</translation>
    </message>
    <message>
      <source>The entry cannot be saved yet: {problems}</source>
      <translation>Qeyd hələ saxlanıla bilməz: {problems}</translation>
    </message>
    <message>
      <source>The file could not be written to {path} ({reason}); choose another folder.</source>
      <translation>Fayl {path} ünvanına yazıla bilmədi ({reason}); başqa qovluq seçin.</translation>
    </message>
    <message>
      <source>The file {path} could not be written ({reason}). What was saved before is kept; free some space on the disk and try again.</source>
      <translation>{path} faylını yazmaq mümkün olmadı ({reason}). Əvvəl yadda saxlanılanlar qorunur; diskdə yer boşaldın və yenidən cəhd edin.</translation>
    </message>
    <message>
      <source>The file {path} is not an encrypted desk ({reason}). It was left untouched; restore the desk from a backup.</source>
      <translation>{path} faylı şifrəli masa deyil ({reason}). Ona toxunulmadı; masanı ehtiyat nüsxədən bərpa edin.</translation>
    </message>
    <message>
      <source>The first row of {name} must hold one header per column, but column {column} has none (a merged cell, or a title above the header). Put every header in the first row, each in its own cell, and try again. Nothing was imported.</source>
      <translation>{name} faylının birinci sətrində hər sütunun öz başlığı olmalıdır, lakin {column} sütununun başlığı yoxdur (birləşdirilmiş xana və ya başlığın üstündə ad). Bütün başlıqları birinci sətirdə, hər birini ayrıca xanada yazın və yenidən cəhd edin. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
      <source>The import stopped: the centre's server was lost or refused {kept} calls, kept on this workstation and sent when it takes them; {stored} of the file's {total} calls are on the centre. Import the same file again later: the calls already there are not stored twice.</source>
      <translation>İdxal dayandı: mərkəzin serveri ilə əlaqə itdi və ya server {kept} zəngi qəbul etmədi; onlar bu iş stansiyasında saxlanılır və server qəbul edəndə göndəriləcək. Faylın {total} zəngindən {stored} zəng mərkəzdədir. Eyni faylı sonra yenidən idxal edin: artıq orada olan zənglər ikinci dəfə saxlanılmır.</translation>
    </message>
    <message>
      <source>The import was cancelled: {stored} of the file's {total} calls are on the centre. Import the same file again to store the rest; the calls already there are not stored twice.</source>
      <translation>İdxal ləğv edildi: faylın {total} zəngindən {stored} zəng mərkəzdədir. Qalanlarını saxlamaq üçün eyni faylı yenidən idxal edin; artıq orada olan zənglər ikinci dəfə saxlanılmır.</translation>
    </message>
    <message>
      <source>The import was cancelled; nothing was imported.</source>
      <translation>İdxal ləğv edildi; heç nə idxal edilmədi.</translation>
    </message>
    <message>
      <source>The key card could not be written to {path} ({reason}); nothing was written.</source>
      <translation>Açar kartı {path} faylına yazıla bilmədi ({reason}); heç nə yazılmadı.</translation>
    </message>
    <message>
      <source>The key file {key_file} does not belong to the database {path}: it is another desk's key file, or the database was replaced by another desk's. Both were left untouched; put back the key file that was backed up with this database.</source>
      <translation>{key_file} açar faylı {path} verilənlər bazasına aid deyil: bu, başqa masanın açar faylıdır, ya da verilənlər bazası başqa masanınkı ilə əvəz olunub. Hər ikisinə toxunulmadı; bu verilənlər bazası ilə birlikdə ehtiyat nüsxəsi çıxarılmış açar faylını geri qoyun.</translation>
    </message>
    <message>
      <source>The key file {path} is damaged or was changed ({reason}). It was left untouched; restore it from a backup.</source>
      <translation>{path} açar faylı zədələnib və ya dəyişdirilib ({reason}). Ona toxunulmadı; onu ehtiyat nüsxədən bərpa edin.</translation>
    </message>
    <message>
      <source>The key file {path} is missing. Without it the desk cannot be opened; restore it from the backup made with the database.</source>
      <translation>{path} açar faylı yoxdur. Onsuz masanı açmaq olmur; onu verilənlər bazası ilə birlikdə çıxarılmış ehtiyat nüsxədən bərpa edin.</translation>
    </message>
    <message>
      <source>The key file {path} was changed outside the program: its desk id, user names or settings no longer match its check. It was left untouched and no failed sign-in was counted; restore it from a backup.</source>
      <translation>{path} açar faylı proqramdan kənarda dəyişdirilib: onun masa identifikatoru, istifadəçi adları və ya parametrləri yoxlama cəminə uyğun gəlmir. Fayla toxunulmadı və uğursuz giriş sayılmadı; onu ehtiyat nüsxədən bərpa edin.</translation>
    </message>
    <message>
      <source>The key file {path} was changed: the key derivation cost of the slot of {name} (memory {memory} KiB, passes {passes}) is below the desk's floor (memory {floor_memory} KiB, passes {floor_passes}). It was left untouched and no failed sign-in was counted; restore it from a backup.</source>
      <translation>{path} açar faylı dəyişdirilib: {name} slotunun açar törətmə dəyəri (yaddaş {memory} KiB, keçid {passes}) masanın minimumundan (yaddaş {floor_memory} KiB, keçid {floor_passes}) aşağıdır. Fayla toxunulmadı və uğursuz giriş sayılmadı; onu ehtiyat nüsxədən bərpa edin.</translation>
    </message>
    <message>
      <source>The password is not accepted: {problem}</source>
      <translation>Parol qəbul edilmir: {problem}</translation>
    </message>
    <message>
      <source>The person who approved request {id} no longer holds a role that may approve it; make a new request.</source>
      <translation>{id} nömrəli sorğunu təsdiqləyən şəxsin artıq onu təsdiqləməyə imkan verən rolu yoxdur; yeni sorğu göndərin.</translation>
    </message>
    <message>
      <source>The restored copy holds {found} calls where the backup register says {expected}; it was dropped again. The backup file may have been changed.</source>
      <translation>Bərpa olunmuş nüsxədə {found} zəng var, ehtiyat nüsxələr reyestri isə {expected} deyir; nüsxə yenidən silindi. Ehtiyat nüsxə faylı dəyişdirilmiş ola bilər.</translation>
    </message>
    <message>
      <source>The same rows were already imported on {date}; importing them again would store every call twice. Nothing was imported.</source>
      <translation>Eyni sətirlər artıq {date} tarixində idxal edilib; onları yenidən idxal etmək hər zəngi iki dəfə saxlayardı. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
      <source>The seal register {path} cannot be read (line {line}). Nothing was changed; restore the file from a copy before continuing.</source>
      <translation>Möhür reyestri {path} oxuna bilmir (sətir {line}). Heç nə dəyişdirilmədi; davam etməzdən əvvəl faylı nüsxədən bərpa edin.</translation>
    </message>
    <message>
      <source>The server already has roles named {roles} (left by an earlier centre in a database of this name?). Drop them, or use a database of another name; nothing was created.</source>
      <translation>Serverdə artıq {roles} adlı rollar var (bu adda verilənlər bazasındakı əvvəlki mərkəzdən qalıb?). Onları silin və ya başqa adlı verilənlər bazasından istifadə edin; heç nə yaradılmadı.</translation>
    </message>
    <message>
      <source>The server did not accept this enrolment code: it is not the one the administrator gave, or it was withdrawn. Ask an administrator for a new code; nothing was written.</source>
      <translation>Server bu qeydiyyat kodunu qəbul etmədi: bu, administratorun verdiyi kod deyil və ya o geri götürülüb. Administratordan yeni kod istəyin; heç nə yazılmadı.</translation>
    </message>
    <message>
      <source>The server does not offer TLS; a workstation does not connect to it.</source>
      <translation>Server TLS təklif etmir; iş stansiyası ona qoşulmur.</translation>
    </message>
    <message>
      <source>The server refused it ({reason}); nothing was changed on it.</source>
      <translation>Server bunu rədd etdi ({reason}); serverdə heç nə dəyişmədi.</translation>
    </message>
    <message>
      <source>The server refused step {step} of the centre's schema ({reason}); that step was undone whole and the centre stays at schema version {version}.</source>
      <translation>Server mərkəzin sxeminin {step} addımını rədd etdi ({reason}); həmin addım tam geri alındı və mərkəz {version} sxem versiyasında qalır.</translation>
    </message>
    <message>
      <source>The server refused this review step for call {call}; nothing was changed.</source>
      <translation>Server {call} nömrəli zəng üçün bu yoxlama addımını rədd etdi; heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
      <source>The server showed a certificate with another fingerprint than the one given ({shown}). Nothing was sent to it: check the fingerprint with the administrator.</source>
      <translation>Server verilən barmaq izindən fərqli barmaq izi olan sertifikat göstərdi ({shown}). Ona heç nə göndərilmədi: barmaq izini administratorla yoxlayın.</translation>
    </message>
    <message>
      <source>The server's address must ask for a verified TLS connection (sslmode=verify-full and sslrootcert=&lt;the server's certificate&gt;); nothing was sent.</source>
      <translation>Serverin ünvanı yoxlanılmış TLS bağlantısı tələb etməlidir (sslmode=verify-full və sslrootcert=&lt;serverin sertifikatı&gt;); heç nə göndərilmədi.</translation>
    </message>
    <message>
      <source>The server's address {address} is not HOST:PORT/DATABASE (for example 10.0.0.5:5432/centre152); nothing was written.</source>
      <translation>Serverin ünvanı {address} HOST:PORT/VERİLƏNLƏR_BAZASI şəklində deyil (məsələn, 10.0.0.5:5432/centre152); heç nə yazılmadı.</translation>
    </message>
    <message>
      <source>The user name or the password is wrong.</source>
      <translation>İstifadəçi adı və ya parol səhvdir.</translation>
    </message>
    <message>
      <source>The user name {name} cannot be told apart from the user name {other} the desk already has (letters that look alike, letter case and the dot of İ set aside). Choose a name that cannot be mistaken for it.</source>
      <translation>{name} istifadəçi adını masada artıq olan {other} adından ayırmaq olmur (oxşar görünən hərflər, hərf registri və İ hərfinin nöqtəsi nəzərə alınmadan). Onunla səhv salına bilməyən ad seçin.</translation>
    </message>
    <message>
      <source>The user name {name} mixes letters of different alphabets ({alphabets}). Use the letters of one alphabet, so that it cannot be mistaken for another name.</source>
      <translation>{name} istifadəçi adında müxtəlif əlifbaların hərfləri qarışıb ({alphabets}). Başqa adla səhv salınmaması üçün bir əlifbanın hərflərindən istifadə edin.</translation>
    </message>
    <message>
      <source>The window also writes the daily backup by itself, in any user's session, into the folder chosen there, and one at each administrator's sign-out.</source>
      <translation>Pəncərə gündəlik ehtiyat nüsxəni də özü, istənilən istifadəçinin seansında, orada seçilmiş qovluğa yazır, həmçinin hər administrator çıxanda bir nüsxə.</translation>
    </message>
    <message>
      <source>The witness {path} is neither a backup nor an export manifest of this desk ({reason}). Nothing was checked against it.</source>
      <translation>{path} şahid faylı bu masanın nə ehtiyat nüsxəsi, nə də ixrac manifestidir ({reason}). Onunla heç nə yoxlanılmadı.</translation>
    </message>
    <message>
      <source>The workstation's file {path} cannot be read ({reason}). Join the centre again with 'hotline join'.</source>
      <translation>İş yerinin {path} faylı oxuna bilmir ({reason}). 'hotline join' ilə mərkəzə yenidən qoşulun.</translation>
    </message>
    <message>
      <source>There is no active user named {name}.</source>
      <translation>{name} adlı aktiv istifadəçi yoxdur.</translation>
    </message>
    <message>
      <source>There is no desk in {path}. Set one up first with 'hotline init'.</source>
      <translation>{path} qovluğunda masa yoxdur. Əvvəlcə 'hotline init' ilə qurun.</translation>
    </message>
    <message>
      <source>There is no enrolled workstation {number} in use on this centre (see 'hotline server workstations'); nothing was changed.</source>
      <translation>Bu mərkəzdə istifadədə olan {number} nömrəli qeydiyyatlı iş yeri yoxdur (bax: 'hotline server workstations'); heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
      <source>There is no legal hold number {ident} in place.</source>
      <translation>{ident} nömrəli qüvvədə olan hüquqi saxlama yoxdur.</translation>
    </message>
    <message>
      <source>There is no request {id} for this act.</source>
      <translation>Bu əməliyyat üçün {id} nömrəli sorğu yoxdur.</translation>
    </message>
    <message>
      <source>This centre was set up before callers' pseudonyms were kept only in a keyed form on the server, and it has not been converted yet: nothing was done. An administrator must run the centre's upgrade first.</source>
      <translation>Bu mərkəz zəng edənlərin təxəllüslərinin serverdə yalnız açarla qorunan formada saxlanmasından əvvəl qurulub və hələ çevrilməyib: heç nə edilmədi. Əvvəlcə administrator mərkəzin yeniləməsini işə salmalıdır.</translation>
    </message>
    <message>
      <source>This command does not work on a centre yet: {command}.</source>
      <translation>Bu əmr mərkəzdə hələ işləmir: {command}.</translation>
    </message>
    <message>
      <source>This computer holds no copy of the centre's keys yet: signing in offline works only on a workstation where someone signed in online before. Wait for the server, or use a workstation where you signed in before.</source>
      <translation>Bu kompüterdə hələ mərkəz açarlarının surəti yoxdur: oflayn giriş yalnız əvvəllər kiminsə onlayn daxil olduğu iş yerində mümkündür. Serveri gözləyin və ya əvvəllər daxil olduğunuz iş yerindən istifadə edin.</translation>
    </message>
    <message>
      <source>This computer's copy of the centre's keys says it was made on {saved} (UTC), later than this computer's clock says it is now: the clock was set back. Signing in offline is refused until this workstation reaches the server once; check the computer's date and time and tell an administrator.</source>
      <translation>Bu kompüterdəki mərkəz açarlarının surətinə görə o, {saved} (UTC) tarixində yazılıb, bu isə kompüterin saatının indi göstərdiyindən sonradır: saat geri çəkilib. Bu iş yeri serverə bir dəfə qoşulana qədər oflayn giriş rədd edilir; kompüterin tarix və saatını yoxlayın və administratora xəbər verin.</translation>
    </message>
    <message>
      <source>This computer's copy of the centre's keys was changed or damaged ({path}); it is not used. Sign in when the server can be reached (that writes a fresh copy), and tell an administrator.</source>
      <translation>Bu kompüterdəki mərkəz açarlarının surəti dəyişdirilib və ya zədələnib ({path}); ondan istifadə edilmir. Serverə qoşulmaq mümkün olanda daxil olun (bu, yeni surət yazır) və administratora xəbər verin.</translation>
    </message>
    <message>
      <source>This computer's copy of the centre's keys was made on {saved} (UTC), more than {days} days ago, and the centre allows signing in offline only from a copy at most {days} days old. This workstation must reach the server once (anyone signing in here online makes a fresh copy); until then wait for the server or use another workstation.</source>
      <translation>Bu kompüterdəki mərkəz açarlarının surəti {saved} (UTC) tarixində, {days} gündən çox əvvəl yazılıb, mərkəz isə oflayn girişə yalnız ən çoxu {days} günlük surətlə icazə verir. Bu iş yeri serverə bir dəfə qoşulmalıdır (burada kiminsə onlayn girişi yeni surət yazır); o vaxta qədər serveri gözləyin və ya başqa iş yerindən istifadə edin.</translation>
    </message>
    <message>
      <source>This desk is bound to the keychain of the machine it was set up on, and the keychain here does not hold its secret. Sign in with the recovery code, or use the machine the desk belongs to.</source>
      <translation>Bu masa qurulduğu kompüterin açar anbarına bağlıdır və buradakı açar anbarında onun sirri yoxdur. Bərpa kodu ilə daxil olun və ya masanın aid olduğu kompüterdən istifadə edin.</translation>
    </message>
    <message>
      <source>This desk was written by a newer version of the program (schema {found}, this program knows {known}). Install the newer version; the desk was not changed.</source>
      <translation>Bu masa proqramın daha yeni versiyası ilə yazılıb (sxem {found}, bu proqram {known} bilir). Yeni versiyanı quraşdırın; masa dəyişdirilmədi.</translation>
    </message>
    <message>
      <source>This enrolment code has expired. Ask an administrator for a new code; nothing was written.</source>
      <translation>Bu qeydiyyat kodunun vaxtı keçib. Administratordan yeni kod istəyin; heç nə yazılmadı.</translation>
    </message>
    <message>
      <source>This enrolment code was already used: a code serves one workstation once. Ask an administrator for a new code; nothing was written.</source>
      <translation>Bu qeydiyyat kodu artıq istifadə olunub: kod bir iş yeri üçün bir dəfə keçərlidir. Administratordan yeni kod istəyin; heç nə yazılmadı.</translation>
    </message>
    <message>
      <source>This filter is not available on a centre yet; the others are.</source>
      <translation>Bu filtr mərkəzdə hələ mövcud deyil; qalanları mövcuddur.</translation>
    </message>
    <message>
      <source>This is not an enrolment code as an administrator gives it (NUMBER-XXXXX-XXXXX): check it for a mistyped character. Nothing was sent or written.</source>
      <translation>Bu, administratorun verdiyi şəkildə qeydiyyat kodu deyil (NÖMRƏ-XXXXX-XXXXX): səhv yazılmış simvol olub-olmadığını yoxlayın. Heç nə göndərilmədi və yazılmadı.</translation>
    </message>
    <message>
      <source>This is not available on a centre yet; nothing was changed.</source>
      <translation>Bu hələ mərkəzdə mümkün deyil; heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
      <source>This needs a second person's approval: request it, then another administrator or a supervisor approves it in their own session (Approvals), and you carry it out.</source>
      <translation>Bunun üçün ikinci şəxsin təsdiqi lazımdır: sorğu göndərin, sonra başqa bir administrator və ya nəzarətçi öz seansında onu təsdiqləsin (Təsdiqlər), və siz onu icra edin.</translation>
    </message>
    <message>
      <source>This task's call is still kept on this computer, not yet on the centre's server: it can be recorded as done once the server has it. Nothing was changed.</source>
      <translation>Bu tapşırığın zəngi hələ bu kompüterdə saxlanılır, mərkəzin serverində deyil: server onu aldıqdan sonra icra edilmiş kimi qeyd etmək olar. Heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
      <source>This workstation has already joined a centre (its file {path}); it was left as it is.</source>
      <translation>Bu iş yeri artıq mərkəzə qoşulub (onun faylı {path}); ona toxunulmadı.</translation>
    </message>
    <message>
      <source>This workstation has not joined a centre ({path}). Join one with 'hotline join ADDRESS --fingerprint SHA256:... --code CODE' (an administrator gives the code).</source>
      <translation>Bu iş yeri heç bir mərkəzə qoşulmayıb ({path}). 'hotline join ÜNVAN --fingerprint SHA256:... --code KOD' ilə qoşulun (kodu administrator verir).</translation>
    </message>
    <message>
      <source>This workstation's record of the centre's audit log ({path}) is damaged or belongs to another centre; the server's log was not checked against it. It was left as it is.</source>
      <translation>Bu iş stansiyasının mərkəzin audit jurnalı haqqında qeydi ({path}) zədələnib və ya başqa mərkəzə aiddir; serverdəki jurnal onunla yoxlanılmadı. Fayla toxunulmadı.</translation>
    </message>
    <message>
      <source>This workstation's record of the centre's audit log ({path}) was changed or replaced by someone: its seal is not this person's on this workstation. The server's log was not checked against it and nothing was written. Tell the centre's administrator.</source>
      <translation>Bu iş stansiyasının mərkəzin audit jurnalı haqqında qeydi ({path}) kimsə tərəfindən dəyişdirilib və ya əvəz edilib: onun möhürü bu iş stansiyasındakı bu şəxsə aid deyil. Serverdəki jurnal onunla yoxlanılmadı və heç nə yazılmadı. Mərkəzin administratoruna xəbər verin.</translation>
    </message>
    <message>
      <source>This workstation's secret is missing from {where}, so it cannot reach the centre. Join the centre again with a new enrolment code.</source>
      <translation>Bu iş yerinin sirri {where} içində yoxdur, ona görə də o, mərkəzə qoşula bilmir. Yeni qeydiyyat kodu ilə mərkəzə yenidən qoşulun.</translation>
    </message>
    <message>
      <source>Too many failed attempts. Try again in {seconds} seconds.</source>
      <translation>Həddindən çox uğursuz cəhd. {seconds} saniyədən sonra yenidən cəhd edin.</translation>
    </message>
    <message>
      <source>Type the number of the decision (as written on it). Nothing was sealed.</source>
      <translation>Qərarın nömrəsini yazın (onda yazıldığı kimi). Heç nə möhürlənmədi.</translation>
    </message>
    <message>
      <source>Workstation {number} is the one you are signed in on: remove it from another administrator's workstation. Nothing was changed.</source>
      <translation>{number} nömrəli iş yeri sizin daxil olduğunuz iş yeridir: onu başqa administratorun iş yerindən silin. Heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
      <source>You made request {id} yourself: a second person must approve it.</source>
      <translation>{id} nömrəli sorğunu özünüz göndərmisiniz: onu ikinci şəxs təsdiqləməlidir.</translation>
    </message>
    <message>
      <source>Your key slot on the centre was changed since you signed in (an administrator gave you a new password?); nothing was changed. Sign in again and retry.</source>
      <translation>Mərkəzdəki açar yuvanız siz daxil olandan sonra dəyişdirilib (administrator sizə yeni parol verib?); heç nə dəyişdirilmədi. Yenidən daxil olun və təkrar cəhd edin.</translation>
    </message>
    <message>
      <source>Your role does not allow this: {action}.</source>
      <translation>Rolunuz buna icazə vermir: {action}.</translation>
    </message>
    <message>
      <source>Your roles cannot approve request {id}; an administrator or a supervisor can.</source>
      <translation>Sizin rollarınız {id} nömrəli sorğunu təsdiqləməyə imkan vermir; bunu administrator və ya nəzarətçi edə bilər.</translation>
    </message>
    <message>
      <source>a code lives from 1 to 168 hours (a week)</source>
      <translation>kod 1 saatdan 168 saata (bir həftəyə) qədər keçərlidir</translation>
    </message>
    <message>
      <source>a user with this name already exists.</source>
      <translation>bu adda istifadəçi artıq var.</translation>
    </message>
    <message>
      <source>a value that is not mapped yet: map it or reject it</source>
      <translation>hələ uyğunlaşdırılmamış dəyər: onu uyğunlaşdırın və ya rədd edin</translation>
    </message>
    <message>
      <source>a value that was rejected</source>
      <translation>rədd edilmiş dəyər</translation>
    </message>
    <message>
      <source>an operator corrects their own call within 24 hours; ask a supervisor to correct this one.</source>
      <translation>operator öz zəngini 24 saat ərzində düzəldir; bunu düzəltməyi nəzarətçidən xahiş edin.</translation>
    </message>
    <message>
      <source>another supervisor is reviewing this call; try again later.</source>
      <translation>bu zəngi başqa nəzarətçi yoxlayır; sonra yenidən cəhd edin.</translation>
    </message>
    <message>
      <source>approved, not carried out yet</source>
      <translation>təsdiqlənib, hələ icra olunmayıb</translation>
    </message>
    <message>
      <source>carried out</source>
      <translation>icra olunub</translation>
    </message>
    <message>
      <source>check the mapping above (--show-mapping), then import with --yes</source>
      <translation>yuxarıdakı uyğunluğu yoxlayın (--show-mapping), sonra --yes ilə idxal edin</translation>
    </message>
    <message>
      <source>choose a due date.</source>
      <translation>son tarixi seçin.</translation>
    </message>
    <message>
      <source>choose an active operator who took the contact.</source>
      <translation>müraciəti qəbul etmiş aktiv operatoru seçin.</translation>
    </message>
    <message>
      <source>expired</source>
      <translation>müddəti bitib</translation>
    </message>
    <message>
      <source>give a date as YYYY-MM-DD</source>
      <translation>tarixi YYYY-MM-DD şəklində verin</translation>
    </message>
    <message>
      <source>give a file, or --template</source>
      <translation>fayl verin və ya --template</translation>
    </message>
    <message>
      <source>give the filter a name.</source>
      <translation>filtrə ad verin.</translation>
    </message>
    <message>
      <source>give the number of the workstation to remove, as 'hotline server workstations' lists it</source>
      <translation>silinəcək iş yerinin nömrəsini 'hotline server workstations' siyahısında göstərildiyi kimi verin</translation>
    </message>
    <message>
      <source>give {options}</source>
      <translation>{options} verin</translation>
    </message>
    <message>
      <source>it contains the user name.</source>
      <translation>içində istifadəçi adı var.</translation>
    </message>
    <message>
      <source>it is a repeated or sequential pattern.</source>
      <translation>təkrarlanan və ya ardıcıl simvollardan ibarətdir.</translation>
    </message>
    <message>
      <source>it is one of the commonest passwords.</source>
      <translation>ən geniş yayılmış parollardan biridir.</translation>
    </message>
    <message>
      <source>it must have at least 15 characters.</source>
      <translation>ən azı 15 simvol olmalıdır.</translation>
    </message>
    <message>
      <source>it must have at most 256 characters.</source>
      <translation>ən çoxu 256 simvol olmalıdır.</translation>
    </message>
    <message>
      <source>must be positive</source>
      <translation>müsbət olmalıdır</translation>
    </message>
    <message>
      <source>neither yes nor no</source>
      <translation>nə "bəli", nə də "xeyr"</translation>
    </message>
    <message>
      <source>no caller with this pseudonym; check the spelling with the caller.</source>
      <translation>bu təxəllüslü zəng edən yoxdur; yazılışını zəng edənlə dəqiqləşdirin.</translation>
    </message>
    <message>
      <source>no column of the file has this header</source>
      <translation>faylın heç bir sütununun belə başlığı yoxdur</translation>
    </message>
    <message>
      <source>no operator: map the name to a user of the desk, or choose one for such rows</source>
      <translation>operator yoxdur: adı masanın istifadəçisinə uyğunlaşdırın və ya belə sətirlər üçün birini seçin</translation>
    </message>
    <message>
      <source>no user of the desk has this name</source>
      <translation>masanın belə adlı istifadəçisi yoxdur</translation>
    </message>
    <message>
      <source>not a coded field</source>
      <translation>kodlu sahə deyil</translation>
    </message>
    <message>
      <source>not a date; write it as 01.03.2024, 2024-03-01 or 01.03.2024 14:30</source>
      <translation>tarix deyil; 01.03.2024, 2024-03-01 və ya 01.03.2024 14:30 kimi yazın</translation>
    </message>
    <message>
      <source>not a duration; write seconds (420) or minutes (7:00)</source>
      <translation>müddət deyil; saniyə (420) və ya dəqiqə (7:00) yazın</translation>
    </message>
    <message>
      <source>not a field a column may fill (hotline import --help)</source>
      <translation>sütunun doldura biləcəyi sahə deyil (hotline import --help)</translation>
    </message>
    <message>
      <source>not a time of day; write it as 14:30</source>
      <translation>günün vaxtı deyil; 14:30 kimi yazın</translation>
    </message>
    <message>
      <source>not an id of the field's list</source>
      <translation>sahənin siyahısının kodu deyil</translation>
    </message>
    <message>
      <source>on a centre, a hold is placed on a call</source>
      <translation>mərkəzdə saxlama zəngə qoyulur</translation>
    </message>
    <message>
      <source>on a centre, choose the calls by --call or --pseudonym</source>
      <translation>mərkəzdə zəngləri --call və ya --pseudonym ilə seçin</translation>
    </message>
    <message>
      <source>only contacts taken outside the desk (walk-in, e-mail or letter, message, referral) are entered on behalf of an operator.</source>
      <translation>operatorun adından yalnız masadan kənarda qəbul edilmiş müraciətlər (şəxsən gəlmə, e-poçt və ya məktub, mesaj, yönləndirmə) daxil edilir.</translation>
    </message>
    <message>
      <source>only the assignee or a supervisor can close it.</source>
      <translation>onu yalnız icraçı və ya nəzarətçi bağlaya bilər.</translation>
    </message>
    <message>
      <source>only the operator who took the call can correct it.</source>
      <translation>zəngi yalnız onu qəbul etmiş operator düzəldə bilər.</translation>
    </message>
    <message>
      <source>only your own last call without content can be undone, within a minute.</source>
      <translation>yalnız öz son məzmunsuz zənginizi bir dəqiqə ərzində geri almaq olar.</translation>
    </message>
    <message>
      <source>record how the report was made (date, reference) before closing it.</source>
      <translation>bağlamazdan əvvəl məlumatın necə verildiyini qeyd edin (tarix, istinad nömrəsi).</translation>
    </message>
    <message>
      <source>refused</source>
      <translation>rədd edilib</translation>
    </message>
    <message>
      <source>standard input ended early</source>
      <translation>standart giriş vaxtından əvvəl bitdi</translation>
    </message>
    <message>
      <source>that is the key's fingerprint, not the key: give the key itself (the line above the fingerprint on the desk's key card)</source>
      <translation>bu, açarın barmaq izidir, açarın özü deyil: açarın özünü verin (masanın açar kartında barmaq izindən yuxarıdakı sətir)</translation>
    </message>
    <message>
      <source>the date of the call is missing</source>
      <translation>zəngin tarixi yoxdur</translation>
    </message>
    <message>
      <source>the file is not there</source>
      <translation>fayl yerində deyil</translation>
    </message>
    <message>
      <source>the file's SHA-256 is not the one recorded</source>
      <translation>faylın SHA-256 cəmi qeydə alınandan fərqlidir</translation>
    </message>
    <message>
      <source>the key is not base64 text: give the key as the desk's key card shows it (44 characters, the last one '=')</source>
      <translation>açar base64 mətni deyil: açarı masanın açar kartında göstərildiyi kimi verin (44 simvol, sonuncusu '=')</translation>
    </message>
    <message>
      <source>the new value is the same as the old one.</source>
      <translation>yeni dəyər köhnə ilə eynidir.</translation>
    </message>
    <message>
      <source>the period must start before it ends (YYYY-MM).</source>
      <translation>dövr bitməzdən əvvəl başlamalıdır (İİİİ-AA).</translation>
    </message>
    <message>
      <source>the two entries differ</source>
      <translation>iki daxiletmə fərqlənir</translation>
    </message>
    <message>
      <source>this call has already been reviewed.</source>
      <translation>bu zəng artıq yoxlanılıb.</translation>
    </message>
    <message>
      <source>this call has been reviewed by a supervisor and can no longer be corrected.</source>
      <translation>bu zəng nəzarətçi tərəfindən yoxlanılıb və artıq düzəldilə bilməz.</translation>
    </message>
    <message>
      <source>this field cannot be corrected here.</source>
      <translation>bu sahəni burada düzəltmək olmaz.</translation>
    </message>
    <message>
      <source>this is not an export key: the desk's key is 32 bytes (44 characters of base64 on its key card), this one is {size} bytes</source>
      <translation>bu, ixrac açarı deyil: masanın açarı 32 baytdır (açar kartında 44 base64 simvolu), bu isə {size} baytdır</translation>
    </message>
    <message>
      <source>this is the last active administrator; add another one first.</source>
      <translation>bu, sonuncu aktiv administratordur; əvvəlcə başqasını əlavə edin.</translation>
    </message>
    <message>
      <source>this task is already done.</source>
      <translation>bu tapşırıq artıq yerinə yetirilib.</translation>
    </message>
    <message>
      <source>type a comment for the operator.</source>
      <translation>operator üçün şərh yazın.</translation>
    </message>
    <message>
      <source>type the comment.</source>
      <translation>şərhi yazın.</translation>
    </message>
    <message>
      <source>type the reason for reading the identity details.</source>
      <translation>şəxsiyyət məlumatlarını oxumağın səbəbini yazın.</translation>
    </message>
    <message>
      <source>type the reason for the correction.</source>
      <translation>düzəlişin səbəbini yazın.</translation>
    </message>
    <message>
      <source>use 2 to 40 letters, digits, dots, dashes or underscores.</source>
      <translation>2-dən 40-a qədər hərf, rəqəm, nöqtə, tire və ya alt xətt işlədin.</translation>
    </message>
    <message>
      <source>waiting for approval</source>
      <translation>təsdiq gözləyir</translation>
    </message>
    <message>
      <source>withdrawn</source>
      <translation>geri götürülüb</translation>
    </message>
    <message>
      <source>write it as FIELD:TEXT=ID</source>
      <translation>SAHƏ:MƏTN=KOD kimi yazın</translation>
    </message>
    <message>
      <source>you cannot disable your own account.</source>
      <translation>öz hesabınızı söndürə bilməzsiniz.</translation>
    </message>
    <message>
      <source>{count} problems in {name}; nothing was imported. The first: {first}</source>
      <translation>{name} faylında {count} problem var; heç nə idxal edilmədi. Birincisi: {first}</translation>
    </message>
    <message>
      <source>{field}: {problem}</source>
      <translation>{field}: {problem}</translation>
    </message>
    <message>
      <source>{name} could not be opened ({reason}).</source>
      <translation>{name} açılmadı ({reason}).</translation>
    </message>
    <message>
      <source>{name} could not be read as a workbook: it may be damaged. Nothing was imported.</source>
      <translation>{name} iş kitabı kimi oxunmadı: zədələnmiş ola bilər. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
      <source>{name} has more than {limit} rows: split it into smaller files. Nothing was imported.</source>
      <translation>{name} faylında {limit} sətirdən çox var: onu kiçik fayllara bölün. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
      <source>{name} has no calls to import: a header row and at least one row below it are needed. Nothing was imported.</source>
      <translation>{name} faylında idxal ediləcək zəng yoxdur: başlıq sətri və onun altında ən azı bir sətir lazımdır. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
      <source>{name} is larger than {limit} MB: split it into smaller files. Nothing was imported.</source>
      <translation>{name} {limit} MB-dan böyükdür: onu kiçik fayllara bölün. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
      <source>{name} is not a CSV or XLSX spreadsheet. Save the old log as CSV (UTF-8) or as an Excel workbook (.xlsx) and try again. Nothing was imported.</source>
      <translation>{name} CSV və ya XLSX cədvəli deyil. Köhnə jurnalı CSV (UTF-8) və ya Excel iş kitabı (.xlsx) kimi saxlayın və yenidən cəhd edin. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
      <source>{name} is protected with a password, or is an old Excel file (.xls). Open it in Excel, remove the password, save it as an .xlsx workbook and try again. Nothing was imported.</source>
      <translation>{name} parolla qorunur və ya köhnə Excel faylıdır (.xls). Onu Excel-də açın, parolu götürün, .xlsx iş kitabı kimi saxlayın və yenidən cəhd edin. Heç nə idxal edilmədi.</translation>
    </message>
    <message>
      <source>{path} is already there; a backup never replaces a file. Choose another name.</source>
      <translation>{path} artıq mövcuddur; ehtiyat nüsxə heç vaxt faylı əvəz etmir. Başqa ad seçin.</translation>
    </message>
    <message>
      <source>{path} is not a backup of a centre (a pg_dump file in custom format); nothing was changed.</source>
      <translation>{path} mərkəzin ehtiyat nüsxəsi deyil (custom formatında pg_dump faylı deyil); heç nə dəyişdirilmədi.</translation>
    </message>
    <message>
      <source>{path} is not the file the backup register recorded under that name (it was changed or replaced since); the restored copy was dropped again.</source>
      <translation>{path} ehtiyat nüsxələr reyestrinin bu adla qeyd etdiyi fayl deyil (o vaxtdan dəyişdirilib və ya əvəz olunub); bərpa olunmuş nüsxə yenidən silindi.</translation>
    </message>
    <message>
      <source>{what} {ident} was not found.</source>
      <translation>{what} {ident} tapılmadı.</translation>
    </message>
    <message>
      <source>“{text}”</source>
      <translation>«{text}»</translation>
    </message>
  </context>
  <context>
    <name>export</name>
    <message>
      <source>'{marker}' marks every suppressed cell: a count below k, or a cell hidden so that no small count can be worked out from the others. The two are not told apart.</source>
      <translation>'{marker}' gizlədilmiş hər xananı göstərir: k-dan kiçik say və ya heç bir kiçik sayın digərlərindən hesablanmaması üçün gizlədilmiş xana. Bu ikisi bir-birindən ayrılmır.</translation>
    </message>
    <message>
      <source>A PDF cannot be made on this machine: Qt's libraries did not load ({reason}). Nothing was exported; choose another format, or install the libraries Qt needs (see the README).</source>
      <translation>Bu kompüterdə PDF hazırlamaq mümkün deyil: Qt kitabxanaları yüklənmədi ({reason}). Heç nə ixrac edilmədi; başqa format seçin və ya Qt-nin ehtiyac duyduğu kitabxanaları quraşdırın (README-yə baxın).</translation>
    </message>
    <message>
      <source>Adult</source>
      <translation>Yetkin</translation>
    </message>
    <message>
      <source>Age group</source>
      <translation>Yaş qrupu</translation>
    </message>
    <message>
      <source>An export for partners needs a second person's approval: request {number} waits for it (another administrator or a supervisor approves it on their Approvals page or with 'hotline approvals approve {number}'). Then export again.</source>
      <translation>Tərəfdaşlar üçün ixrac ikinci şəxsin təsdiqini tələb edir: {number} nömrəli sorğu onu gözləyir (başqa administrator və ya supervayzer onu öz Təsdiqlər səhifəsində və ya 'hotline approvals approve {number}' ilə təsdiqləyir). Sonra yenidən ixrac edin.</translation>
    </message>
    <message>
      <source>Audience</source>
      <translation>Auditoriya</translation>
    </message>
    <message>
      <source>Audit verdict</source>
      <translation>Yoxlamanın nəticəsi</translation>
    </message>
    <message>
      <source>Calls by form of exploitation and destination country</source>
      <translation>İstismar forması və təyinat ölkəsi üzrə zənglər</translation>
    </message>
    <message>
      <source>Calls by primary topic</source>
      <translation>Əsas mövzu üzrə zənglər</translation>
    </message>
    <message>
      <source>Calls by primary topic and age group of the person concerned</source>
      <translation>Əsas mövzu və aidiyyəti şəxsin yaş qrupu üzrə zənglər</translation>
    </message>
    <message>
      <source>Calls by primary topic and citizenship of the person concerned</source>
      <translation>Əsas mövzu və aidiyyəti şəxsin vətəndaşlığı üzrə zənglər</translation>
    </message>
    <message>
      <source>Calls by primary topic and destination country</source>
      <translation>Əsas mövzu və təyinat ölkəsi üzrə zənglər</translation>
    </message>
    <message>
      <source>Calls by primary topic and form of exploitation</source>
      <translation>Əsas mövzu və istismar forması üzrə zənglər</translation>
    </message>
    <message>
      <source>Calls by primary topic and region of the call</source>
      <translation>Əsas mövzu və zəngin regionu üzrə zənglər</translation>
    </message>
    <message>
      <source>Calls by primary topic and sex of the person concerned</source>
      <translation>Əsas mövzu və aidiyyəti şəxsin cinsi üzrə zənglər</translation>
    </message>
    <message>
      <source>Calls with content are counted under their primary topic; the person concerned is the caller when speaking for themself, otherwise the person spoken about; child = under 18 or believed under 18; referrals count call-outcome pairs; persons concerned are distinct pseudonyms, each under the topic of their first call of the month. A call saved after its month was exported counts only in the corrections table of the month it was saved; a primary topic corrected after its month was exported is withdrawn from the old topic and counted under the new one in the corrections tables of the month it was corrected; quarters and years add up the months as exported, so exported figures never change. Months are those of the desk's time zone.</source>
      <translation>Məzmunlu zənglər əsas mövzusu üzrə sayılır; aidiyyəti şəxs öz adından danışan zəng edəndir, əks halda haqqında danışılan şəxsdir; uşaq = 18 yaşdan kiçik və ya 18 yaşdan kiçik olduğu güman edilən şəxs; yönləndirmələr zəng-nəticə cütlərini sayır; aidiyyəti şəxslər fərqli təxəllüslərdir, hər biri ayın ilk zənginin mövzusu üzrə. Ayı ixrac edildikdən sonra saxlanılan zəng yalnız saxlanıldığı ayın düzəlişlər cədvəlində sayılır; ayı ixrac edildikdən sonra əsas mövzusu düzəldilən zəng köhnə mövzudan çıxarılır və düzəliş edildiyi ayın düzəlişlər cədvəllərində yeni mövzu üzrə sayılır; rüblər və illər ayları ixrac edildiyi kimi toplayır, buna görə ixrac edilmiş rəqəmlər heç vaxt dəyişmir. Aylar masanın saat qurşağı üzrədir.</translation>
    </message>
    <message>
      <source>Calls without content by kind</source>
      <translation>Məzmunsuz zənglər növlər üzrə</translation>
    </message>
    <message>
      <source>Child (under 18 or believed under 18)</source>
      <translation>Uşaq (18 yaşadək və ya 18 yaşadək hesab edilən)</translation>
    </message>
    <message>
      <source>Citizenship</source>
      <translation>Vətəndaşlıq</translation>
    </message>
    <message>
      <source>Corrections withdrawn: calls of months already exported whose primary topic was corrected this month, under the topic they had been counted in</source>
      <translation>Geri götürülən düzəlişlər: artıq ixrac edilmiş aylara aid olub əsas mövzusu bu ay düzəldilən zənglər, əvvəl sayıldıqları mövzu üzrə</translation>
    </message>
    <message>
      <source>Corrections: calls of months already exported counted this month (saved late, or under their corrected primary topic)</source>
      <translation>Düzəlişlər: artıq ixrac edilmiş aylara aid olub bu ay sayılan zənglər (gec yazılanlar və ya düzəldilmiş əsas mövzusu ilə)</translation>
    </message>
    <message>
      <source>Definitions</source>
      <translation>Təriflər</translation>
    </message>
    <message>
      <source>Destination</source>
      <translation>Təyinat ölkəsi</translation>
    </message>
    <message>
      <source>Exported at (UTC)</source>
      <translation>İxrac vaxtı (UTC)</translation>
    </message>
    <message>
      <source>Fixed catalogue of calendar-period tables from coded fields only. Primary suppression of every count from 0 to k-1, by fixed blocks of two values (a block hidden once stays hidden for the rest of the year); secondary suppression by Gaussian elimination (Statistics Norway) in a fixed order that never depends on the counts; linear-programming audit (HiGHS) over every published number of this export and of every earlier export of the year, all families and both audiences, with the desk's facts (a call counts once per outcome, every call has an outcome, persons are at most the calls): every suppressed cell must range from 0 to at least k. One marker for every suppressed cell.</source>
      <translation>Yalnız kodlaşdırılmış sahələrdən, təqvim dövrləri üzrə cədvəllərin sabit kataloqu. 0-dan k-1-dək hər sayın ilkin gizlədilməsi, iki dəyərlik sabit bloklarla (bir dəfə gizlədilmiş blok ilin sonunadək gizli qalır); ikinci dərəcəli gizlətmə Qauss eliminasiyası ilə (Norveç Statistika İdarəsi), heç vaxt saylardan asılı olmayan sabit ardıcıllıqla; bu ixracın və ilin bütün əvvəlki ixraclarının dərc edilmiş hər rəqəmi üzrə, bütün ailələr və hər iki auditoriya üçün, masanın faktları ilə (zəng hər nəticə üzrə bir dəfə sayılır, hər zəngin nəticəsi var, şəxslərin sayı zənglərin sayından çox deyil) xətti proqramlaşdırma yoxlaması (HiGHS): gizlədilmiş hər xana 0-dan ən azı k-yadək dəyər ala bilməlidir. Gizlədilmiş bütün xanalar üçün bir işarə.</translation>
    </message>
    <message>
      <source>Form of exploitation</source>
      <translation>İstismar forması</translation>
    </message>
    <message>
      <source>Hotline 152</source>
      <translation>152 qaynar xətti</translation>
    </message>
    <message>
      <source>Kind of call without content</source>
      <translation>Məzmunsuz zəngin növü</translation>
    </message>
    <message>
      <source>Marker</source>
      <translation>İşarə</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Metod</translation>
    </message>
    <message>
      <source>None recorded</source>
      <translation>Qeyd edilməyib</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Qeydlər</translation>
    </message>
    <message>
      <source>Other country</source>
      <translation>Digər ölkə</translation>
    </message>
    <message>
      <source>Outcome or referral</source>
      <translation>Nəticə və ya yönləndirmə</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Dövr</translation>
    </message>
    <message>
      <source>Persons concerned by primary topic</source>
      <translation>Əsas mövzu üzrə aidiyyəti şəxslər</translation>
    </message>
    <message>
      <source>Primary topic</source>
      <translation>Əsas mövzu</translation>
    </message>
    <message>
      <source>Referrals and outcomes by primary topic</source>
      <translation>Əsas mövzu üzrə yönləndirmələr və nəticələr</translation>
    </message>
    <message>
      <source>Referrals and outcomes by sex of the person concerned</source>
      <translation>Aidiyyəti şəxsin cinsi üzrə yönləndirmələr və nəticələr</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Region</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Cins</translation>
    </message>
    <message>
      <source>Table</source>
      <translation>Cədvəl</translation>
    </message>
    <message>
      <source>Taxonomy version</source>
      <translation>Təsnifatın versiyası</translation>
    </message>
    <message>
      <source>The export is recorded but its file could not be written to {path} ({reason}); export it again to another folder: the same file is written.</source>
      <translation>İxrac qeydə alındı, lakin faylı {path} ünvanına yazmaq mümkün olmadı ({reason}); başqa qovluğa yenidən ixrac edin: eyni fayl yazılacaq.</translation>
    </message>
    <message>
      <source>The export was cancelled; nothing was written.</source>
      <translation>İxrac ləğv edildi; heç nə yazılmadı.</translation>
    </message>
    <message>
      <source>The export was not written: calls of {period} were saved or corrected while it was prepared, and the period was left open. Export it again.</source>
      <translation>İxrac yazılmadı: hazırlanarkən {period} dövrünün zəngləri yazıldı və ya düzəldildi, dövr açıq qaldı. Yenidən ixrac edin.</translation>
    </message>
    <message>
      <source>The export was not written: it fails the disclosure audit ({reason}).</source>
      <translation>İxrac yazılmadı: məlumatın açıqlanması yoxlamasından keçmir ({reason}).</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Cəmi</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Məlum deyil</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>keçmədi</translation>
    </message>
    <message>
      <source>k (threshold)</source>
      <translation>k (hədd)</translation>
    </message>
    <message>
      <source>partners, who see this table beside their own exports, could narrow hidden cells below k={k}: {problems}</source>
      <translation>bu cədvəli öz ixracları ilə yanaşı görən tərəfdaşlar gizlədilmiş xanaları k={k} həddindən aşağı daralda bilər: {problems}</translation>
    </message>
    <message>
      <source>passed</source>
      <translation>keçdi</translation>
    </message>
    <message>
      <source>the audience must be public or partner.</source>
      <translation>auditoriya public (ictimai) və ya partner (tərəfdaş) olmalıdır.</translation>
    </message>
    <message>
      <source>the figures exported earlier for {table} {period} no longer match what its closed months counted: the desk's record of them was changed outside the program, or a coded field was changed before this version kept closed months apart</source>
      <translation>{table} {period} üçün əvvəl ixrac edilmiş rəqəmlər artıq bağlanmış ayların saydığı ilə uyğun gəlmir: masanın bu qeydi proqramdan kənarda dəyişdirilib və ya kodlaşdırılmış sahə bu versiya bağlanmış ayları ayrıca saxlamazdan əvvəl dəyişdirilib</translation>
    </message>
    <message>
      <source>the file {file} beside the manifest cannot be read ({reason})</source>
      <translation>manifestin yanındakı {file} faylı oxuna bilmir ({reason})</translation>
    </message>
    <message>
      <source>the file {file} beside the manifest may not be read (permission denied)</source>
      <translation>manifestin yanındakı {file} faylını oxumağa icazə yoxdur (giriş qadağandır)</translation>
    </message>
    <message>
      <source>the file {file} differs from the one the desk signed: it was altered</source>
      <translation>{file} faylı masanın imzaladığı fayldan fərqlənir: o dəyişdirilib</translation>
    </message>
    <message>
      <source>the file {file} is not beside the manifest</source>
      <translation>{file} faylı manifestin yanında deyil</translation>
    </message>
    <message>
      <source>the format must be csv, sdmx, xlsx or pdf.</source>
      <translation>format csv, sdmx, xlsx və ya pdf olmalıdır.</translation>
    </message>
    <message>
      <source>the language of the file must be az, ru or en.</source>
      <translation>faylın dili az, ru və ya en olmalıdır.</translation>
    </message>
    <message>
      <source>the manifest is signed by another key than the desk's (its key's fingerprint is {found}, the desk's is {expected}): the file may have been altered and signed anew</source>
      <translation>manifest masanınkından başqa açarla imzalanıb (onun açarının barmaq izi {found}, masanınkı {expected}): fayl dəyişdirilib yenidən imzalanmış ola bilər</translation>
    </message>
    <message>
      <source>the manifest names no file beside it</source>
      <translation>manifest yanında heç bir fayl göstərmir</translation>
    </message>
    <message>
      <source>the manifest's signature is not an Ed25519 signature: the manifest was changed</source>
      <translation>manifestin imzası Ed25519 imzası deyil: manifest dəyişdirilib</translation>
    </message>
    <message>
      <source>the manifest's signing key is not an Ed25519 public key: the manifest was changed</source>
      <translation>manifestin imza açarı Ed25519 açıq açarı deyil: manifest dəyişdirilib</translation>
    </message>
    <message>
      <source>the period must be a calendar month (2026-03), quarter (2026-Q1) or year (2026).</source>
      <translation>dövr təqvim ayı (2026-03), rüb (2026-Q1) və ya il (2026) olmalıdır.</translation>
    </message>
    <message>
      <source>the period {period} has not ended yet; only finished periods are exported.</source>
      <translation>{period} dövrü hələ bitməyib; yalnız başa çatmış dövrlər ixrac edilir.</translation>
    </message>
    <message>
      <source>the signature does not match: the manifest was changed or not signed</source>
      <translation>imza uyğun gəlmir: manifest dəyişdirilib və ya imzalanmayıb</translation>
    </message>
    <message>
      <source>the signature was checked only against the key the manifest itself carries (fingerprint {fingerprint}): anyone can sign an altered file with a key of their own. Give the desk's export key with --key (the desk prints it with `hotline export --public-key`)</source>
      <translation>imza yalnız manifestin özündə olan açarla yoxlanıldı (barmaq izi {fingerprint}): dəyişdirilmiş faylı hər kəs öz açarı ilə imzalaya bilər. Masanın ixrac açarını --key ilə verin (masa onu `hotline export --public-key` ilə çap edir)</translation>
    </message>
    <message>
      <source>the table {name} is published per {kinds} only.</source>
      <translation>{name} cədvəli yalnız {kinds} üzrə dərc edilir.</translation>
    </message>
    <message>
      <source>there is no manifest at {path}</source>
      <translation>{path} ünvanında manifest yoxdur</translation>
    </message>
    <message>
      <source>there is no table {name} in the catalogue.</source>
      <translation>kataloqda {name} cədvəli yoxdur.</translation>
    </message>
    <message>
      <source>this session holds no export signing key; sign in as an administrator.</source>
      <translation>bu seansda ixrac imza açarı yoxdur; inzibatçı kimi daxil olun.</translation>
    </message>
    <message>
      <source>{path} cannot be read ({reason})</source>
      <translation>{path} oxuna bilmir ({reason})</translation>
    </message>
    <message>
      <source>{path} ends early: the manifest was cut short (a copy or a download that did not finish)</source>
      <translation>{path} vaxtından əvvəl bitir: manifest yarımçıq qalıb (başa çatmamış surət və ya endirmə)</translation>
    </message>
    <message>
      <source>{path} is a folder, not a manifest: give the .manifest.json file that lies beside the exported file</source>
      <translation>{path} qovluqdur, manifest deyil: ixrac edilmiş faylın yanındakı .manifest.json faylını verin</translation>
    </message>
    <message>
      <source>{path} is not an export manifest but, it seems, the exported file itself: give its manifest {manifest}</source>
      <translation>{path} ixrac manifesti deyil, görünür, ixrac edilmiş faylın özüdür: onun manifestini verin: {manifest}</translation>
    </message>
    <message>
      <source>{path} is not an export manifest: it carries no signature</source>
      <translation>{path} ixrac manifesti deyil: onda imza yoxdur</translation>
    </message>
    <message>
      <source>{path} is not an export manifest: it carries no signing key</source>
      <translation>{path} ixrac manifesti deyil: onda imza açarı yoxdur</translation>
    </message>
    <message>
      <source>{path} is not an export manifest: it holds none of a manifest's fields</source>
      <translation>{path} ixrac manifesti deyil: onda manifestin sahələrindən heç biri yoxdur</translation>
    </message>
    <message>
      <source>{path} is not an export manifest: it is not JSON text</source>
      <translation>{path} ixrac manifesti deyil: o, JSON mətni deyil</translation>
    </message>
    <message>
      <source>{path} may not be read (permission denied)</source>
      <translation>{path} faylını oxumağa icazə yoxdur (giriş qadağandır)</translation>
    </message>
  </context>
  <context>
    <name>facts</name>
    <message>
      <source>audience</source>
      <translation>auditoriya</translation>
    </message>
    <message>
      <source>audit chain head</source>
      <translation>audit zəncirinin başı</translation>
    </message>
    <message>
      <source>audit verdict</source>
      <translation>yoxlamanın nəticəsi</translation>
    </message>
    <message>
      <source>exported_at</source>
      <translation>ixrac vaxtı</translation>
    </message>
    <message>
      <source>file</source>
      <translation>fayl</translation>
    </message>
    <message>
      <source>k</source>
      <translation>k</translation>
    </message>
    <message>
      <source>period</source>
      <translation>dövr</translation>
    </message>
    <message>
      <source>signing key fingerprint</source>
      <translation>imza açarının barmaq izi</translation>
    </message>
    <message>
      <source>table</source>
      <translation>cədvəl</translation>
    </message>
  </context>
  <context>
    <name>findings</name>
    <message>
      <source>a backup kept inside the desk's own folder is no backup</source>
      <translation>masanın öz qovluğunda saxlanan ehtiyat nüsxə ehtiyat nüsxə deyil</translation>
    </message>
    <message>
      <source>a file is already there</source>
      <translation>orada artıq fayl var</translation>
    </message>
    <message>
      <source>active user {name} has no key slot</source>
      <translation>aktiv istifadəçi {name} üçün açar yuvası yoxdur</translation>
    </message>
    <message>
      <source>at a sign-in (audit entry {seq}) the desk noticed: {problem}</source>
      <translation>girişlərdən birində (audit qeydi {seq}) masa bunu aşkar etdi: {problem}</translation>
    </message>
    <message>
      <source>at a sign-in (audit entry {seq}) the desk noticed: {problem} (acknowledged in audit entry {acknowledgement})</source>
      <translation>girişlərdən birində (audit qeydi {seq}) masa bunu aşkar etdi: {problem} (audit qeydi {acknowledgement} ilə qəbul edilib)</translation>
    </message>
    <message>
      <source>audit entry 1 (desk.init) has a signature that does not verify</source>
      <translation>audit qeydi 1-in (desk.init) imzası təsdiqlənmir</translation>
    </message>
    <message>
      <source>audit entry 1 (desk.init) has no valid signing key</source>
      <translation>audit qeydi 1-də (desk.init) etibarlı imza açarı yoxdur</translation>
    </message>
    <message>
      <source>audit entry 1 (desk.init) is signed by another key than the desk's root pinned in this key slot: the log was replaced</source>
      <translation>audit qeydi 1 (desk.init) bu açar yuvasında sabitlənmiş masa kökündən fərqli açarla imzalanıb: jurnal dəyişdirilib</translation>
    </message>
    <message>
      <source>audit entry {seq} ({action}) is not a valid grant</source>
      <translation>audit qeydi {seq} ({action}) etibarlı səlahiyyət verilməsi deyil</translation>
    </message>
    <message>
      <source>audit entry {seq} ({action}) is signed by user {user}, who is not an administrator: it vouches for nothing</source>
      <translation>audit qeydi {seq} ({action}) administrator olmayan istifadəçi {user} tərəfindən imzalanıb: heç nəyə zəmanət vermir</translation>
    </message>
    <message>
      <source>audit entry {seq} ({action}) is signed by user {user}, who was not a supervisor: it vouches for no change of the call</source>
      <translation>audit qeydi {seq} ({action}) nəzarətçi olmayan istifadəçi {user} tərəfindən imzalanıb: zəngin heç bir dəyişikliyinə zəmanət vermir</translation>
    </message>
    <message>
      <source>audit entry {seq} ({action}): {problem}</source>
      <translation>audit qeydi {seq} ({action}): {problem}</translation>
    </message>
    <message>
      <source>audit entry {seq} differs from the head outside the database</source>
      <translation>audit qeydi {seq} verilənlər bazasından kənardakı baş fayldan fərqlənir</translation>
    </message>
    <message>
      <source>audit entry {seq} does not follow the entry before it</source>
      <translation>audit qeydi {seq} özündən əvvəlki qeydin ardınca gəlmir</translation>
    </message>
    <message>
      <source>audit entry {seq} has a signature that does not verify</source>
      <translation>audit qeydi {seq}-in imzası təsdiqlənmir</translation>
    </message>
    <message>
      <source>audit entry {seq} is a desk.init that is not the first entry: it vouches for nothing</source>
      <translation>audit qeydi {seq} ilk qeyd olmayan desk.init-dir: heç nəyə zəmanət vermir</translation>
    </message>
    <message>
      <source>audit entry {seq} is missing (next is {next})</source>
      <translation>audit qeydi {seq} yoxdur (növbəti {next})</translation>
    </message>
    <message>
      <source>audit entry {seq} is signed by unknown user {user}</source>
      <translation>audit qeydi {seq} naməlum istifadəçi {user} tərəfindən imzalanıb</translation>
    </message>
    <message>
      <source>audit entry {seq} of this user's last head is gone</source>
      <translation>bu istifadəçinin son baş qeydi olan audit qeydi {seq} yoxa çıxıb</translation>
    </message>
    <message>
      <source>audit entry {seq} was changed after it was written</source>
      <translation>audit qeydi {seq} yazıldıqdan sonra dəyişdirilib</translation>
    </message>
    <message>
      <source>backup</source>
      <translation>ehtiyat nüsxə</translation>
    </message>
    <message>
      <source>between 1 and {most}</source>
      <translation>1 ilə {most} arasında</translation>
    </message>
    <message>
      <source>call</source>
      <translation>zəng</translation>
    </message>
    <message>
      <source>call {call} is marked sealed by decision {decision} with no audit entry</source>
      <translation>zəng {call} audit qeydi olmadan {decision} saylı qərarla möhürlənmiş kimi qeyd olunub</translation>
    </message>
    <message>
      <source>disabled user {name} still has a key slot</source>
      <translation>deaktiv edilmiş istifadəçi {name} üçün hələ də açar yuvası var</translation>
    </message>
    <message>
      <source>encryption check: {problem}</source>
      <translation>şifrələmə yoxlaması: {problem}</translation>
    </message>
    <message>
      <source>export manifest</source>
      <translation>ixrac manifesti</translation>
    </message>
    <message>
      <source>foreign key check</source>
      <translation>xarici açarların yoxlanması</translation>
    </message>
    <message>
      <source>full-text index check</source>
      <translation>tam mətn indeksinin yoxlanması</translation>
    </message>
    <message>
      <source>integrity check</source>
      <translation>bütövlük yoxlaması</translation>
    </message>
    <message>
      <source>it belongs to another desk</source>
      <translation>o, başqa masaya aiddir</translation>
    </message>
    <message>
      <source>it changed since it was previewed</source>
      <translation>ilkin baxışdan sonra dəyişib</translation>
    </message>
    <message>
      <source>it claims a longer validity than the desk gives</source>
      <translation>masanın verdiyindən daha uzun qüvvədə olma müddəti iddia edir</translation>
    </message>
    <message>
      <source>it is no approval step the desk knows</source>
      <translation>bu, masanın tanıdığı təsdiq addımı deyil</translation>
    </message>
    <message>
      <source>it is not a valid request</source>
      <translation>bu, etibarlı sorğu deyil</translation>
    </message>
    <message>
      <source>it is not signed by the key the audit log vouches for user {user}, so it approves nothing</source>
      <translation>o, audit jurnalının istifadəçi {user} üçün zəmanət verdiyi açarla imzalanmayıb, ona görə heç nəyi təsdiqləmir</translation>
    </message>
    <message>
      <source>it names no known act</source>
      <translation>o, heç bir məlum əməli göstərmir</translation>
    </message>
    <message>
      <source>it names request {request}, which does not exist</source>
      <translation>o, mövcud olmayan {request} saylı sorğunu göstərir</translation>
    </message>
    <message>
      <source>it was changed after it was written, so it approves nothing</source>
      <translation>yazıldıqdan sonra dəyişdirilib, ona görə heç nəyi təsdiqləmir</translation>
    </message>
    <message>
      <source>it was recorded by a user who may not do this act</source>
      <translation>onu bu əməli etməyə icazəsi olmayan istifadəçi qeyd edib</translation>
    </message>
    <message>
      <source>it was requested by a user who may not do this act</source>
      <translation>onu bu əməli etməyə icazəsi olmayan istifadəçi istəyib</translation>
    </message>
    <message>
      <source>its digest does not match what it asks for</source>
      <translation>onun həzmi istədiyi şeyə uyğun gəlmir</translation>
    </message>
    <message>
      <source>its digest is not the one of request {request}</source>
      <translation>onun həzmi {request} saylı sorğunun həzmi deyil</translation>
    </message>
    <message>
      <source>its manifest.json is not JSON</source>
      <translation>onun manifest.json faylı JSON deyil</translation>
    </message>
    <message>
      <source>its manifest.json is not a JSON object</source>
      <translation>onun manifest.json faylı JSON obyekti deyil</translation>
    </message>
    <message>
      <source>member {user} is active on the server, but no administrator's entry in the audit log vouches for them (added on the server without 'users add'?)</source>
      <translation>üzv {user} serverdə aktivdir, lakin audit jurnalında heç bir administratorun qeydi ona zəmanət vermir ('users add' olmadan serverdə əlavə edilib?)</translation>
    </message>
    <message>
      <source>member {user}'s roles on the server differ from the roles the audit log grants them</source>
      <translation>üzv {user}-in serverdəki rolları audit jurnalının ona verdiyi rollardan fərqlənir</translation>
    </message>
    <message>
      <source>member {user}'s signing key on the server differs from the one the audit log vouches for</source>
      <translation>üzv {user}-in serverdəki imza açarı audit jurnalının zəmanət verdiyi açardan fərqlənir</translation>
    </message>
    <message>
      <source>no checksums</source>
      <translation>yoxlama cəmləri yoxdur</translation>
    </message>
    <message>
      <source>none</source>
      <translation>heç biri</translation>
    </message>
    <message>
      <source>only the requester carries out request {request}</source>
      <translation>{request} saylı sorğunu yalnız onu istəyən icra edir</translation>
    </message>
    <message>
      <source>only the requester withdraws request {request}</source>
      <translation>{request} saylı sorğunu yalnız onu istəyən geri götürür</translation>
    </message>
    <message>
      <source>recorded as approved alone although user {user} could approve it</source>
      <translation>istifadəçi {user} təsdiqləyə bilsə də, təkbaşına təsdiqlənmiş kimi qeyd olunub</translation>
    </message>
    <message>
      <source>referral directory entry {id} was changed outside the desk</source>
      <translation>yönləndirmə kataloqunun {id} saylı qeydi masadan kənarda dəyişdirilib</translation>
    </message>
    <message>
      <source>referral directory entry {id} was removed outside the desk</source>
      <translation>yönləndirmə kataloqunun {id} saylı qeydi masadan kənarda silinib</translation>
    </message>
    <message>
      <source>request {request} had expired</source>
      <translation>{request} saylı sorğunun müddəti bitmişdi</translation>
    </message>
    <message>
      <source>request {request} was already closed</source>
      <translation>{request} saylı sorğu artıq bağlanmışdı</translation>
    </message>
    <message>
      <source>request {request} was not waiting for approval</source>
      <translation>{request} saylı sorğu təsdiq gözləmirdi</translation>
    </message>
    <message>
      <source>request {request} was used without a valid approval</source>
      <translation>{request} saylı sorğu etibarlı təsdiq olmadan istifadə olunub</translation>
    </message>
    <message>
      <source>seal decision {decision} differs from its audit entry or has none</source>
      <translation>{decision} saylı möhürləmə qərarı öz audit qeydindən fərqlənir və ya onun qeydi yoxdur</translation>
    </message>
    <message>
      <source>still holds sealed data: bring it back to be sealed, or destroy it</source>
      <translation>hələ də möhürlənmiş məlumatları saxlayır: möhürləmək üçün geri gətirin və ya məhv edin</translation>
    </message>
    <message>
      <source>the audit head file outside the database is damaged</source>
      <translation>verilənlər bazasından kənardakı audit baş faylı zədələnib</translation>
    </message>
    <message>
      <source>the audit head file outside the database is missing</source>
      <translation>verilənlər bazasından kənardakı audit baş faylı yoxdur</translation>
    </message>
    <message>
      <source>the audit log ends at entry {count} but the head outside the database records entry {seq}: entries were removed</source>
      <translation>audit jurnalı {count} saylı qeyddə bitir, lakin verilənlər bazasından kənardakı baş fayl {seq} saylı qeydi göstərir: qeydlər silinib</translation>
    </message>
    <message>
      <source>the audit log has no desk.init entry 1</source>
      <translation>audit jurnalında desk.init qeydi 1 yoxdur</translation>
    </message>
    <message>
      <source>the audit log's index of links was dropped or changed</source>
      <translation>audit jurnalının əlaqələr indeksi silinib və ya dəyişdirilib</translation>
    </message>
    <message>
      <source>the audit log's root differs from the pin in the key slot</source>
      <translation>audit jurnalının kökü açar yuvasında sabitlənmiş kökdən fərqlənir</translation>
    </message>
    <message>
      <source>the backup register no longer holds line {line}, which audit entry {seq} recorded: it was cut or replaced</source>
      <translation>ehtiyat nüsxələr reyestrində audit qeydi {seq}-in qeyd etdiyi {line} saylı sətir artıq yoxdur: reyestr kəsilib və ya əvəz olunub</translation>
    </message>
    <message>
      <source>the centre's audit log is empty: it has no desk.init entry 1</source>
      <translation>mərkəzin audit jurnalı boşdur: onda desk.init qeydi 1 yoxdur</translation>
    </message>
    <message>
      <source>the centre's id or public keys on the server differ from those its desk.init (entry 1, signed by the root) pins: new calls must not be sealed to them</source>
      <translation>serverdəki mərkəzin identifikatoru və ya açıq açarları onun desk.init qeydinin (kök açarla imzalanmış 1-ci qeyd) təsbit etdiklərindən fərqlənir: yeni zənglər onlara möhürlənməməlidir</translation>
    </message>
    <message>
      <source>the desk is not bound to this machine's keychain</source>
      <translation>masa bu kompüterin açar saxlancına bağlı deyil</translation>
    </message>
    <message>
      <source>the key slot of {name} does not match the user</source>
      <translation>{name} istifadəçisinin açar yuvası istifadəçiyə uyğun gəlmir</translation>
    </message>
    <message>
      <source>the key slot of {name} uses test-strength key derivation</source>
      <translation>{name} istifadəçisinin açar yuvası test səviyyəli açar törətməsindən istifadə edir</translation>
    </message>
    <message>
      <source>the notes of call {call} are missing from the notes' index</source>
      <translation>zəng {call}-in qeydləri qeydlər indeksində yoxdur</translation>
    </message>
    <message>
      <source>the notes' index holds other words for call {call} than its notes</source>
      <translation>qeydlər indeksində zəng {call} üçün onun qeydlərindən fərqli sözlər var</translation>
    </message>
    <message>
      <source>the notes' index holds words for call {call}, which does not exist</source>
      <translation>qeydlər indeksində mövcud olmayan zəng {call} üçün sözlər var</translation>
    </message>
    <message>
      <source>the notes' index holds words for call {call}, which was not indexed yet</source>
      <translation>qeydlər indeksində hələ indekslənməmiş zəng {call} üçün sözlər var</translation>
    </message>
    <message>
      <source>the notes' index holds words for call {call}, whose notes have none</source>
      <translation>qeydlər indeksində qeydlərində söz olmayan zəng {call} üçün sözlər var</translation>
    </message>
    <message>
      <source>the notes' index records calls up to {last} as indexed, but the last call is {top}</source>
      <translation>qeydlər indeksi {last} saylı zəngə qədər zəngləri indekslənmiş kimi qeyd edir, lakin sonuncu zəng {top} saylıdır</translation>
    </message>
    <message>
      <source>the notes' search index was not checked: it opens with a supervisor's key only</source>
      <translation>qeydlərin axtarış indeksi yoxlanmadı: o, yalnız supervayzerin açarı ilə açılır</translation>
    </message>
    <message>
      <source>the recovery slot does not match the one desk.init vouches for</source>
      <translation>bərpa yuvası desk.init-in zəmanət verdiyi yuvaya uyğun gəlmir</translation>
    </message>
    <message>
      <source>the recovery slot is missing from the key file</source>
      <translation>açar faylında bərpa yuvası yoxdur</translation>
    </message>
    <message>
      <source>the referral directory holds an entry that is not valid</source>
      <translation>yönləndirmə kataloqunda etibarsız qeyd var</translation>
    </message>
    <message>
      <source>the requester of request {request} approved it themselves</source>
      <translation>{request} saylı sorğunu istəyən onu özü təsdiqləyib</translation>
    </message>
    <message>
      <source>the setting {key} in the desk ({stored}) differs from the value an administrator set in the audit log ({audited}); the desk uses the default</source>
      <translation>masadakı {key} ayarı ({stored}) administratorun audit jurnalında təyin etdiyi dəyərdən ({audited}) fərqlənir; masa standart dəyərdən istifadə edir</translation>
    </message>
    <message>
      <source>the setting {key} in the desk ({stored}) was not set by an administrator's audit entry; the desk uses the default</source>
      <translation>masadakı {key} ayarı ({stored}) administratorun audit qeydi ilə təyin edilməyib; masa standart dəyərdən istifadə edir</translation>
    </message>
    <message>
      <source>the {kind} {name} witnessed audit entry {seq}, which the log no longer holds with the same hash: the log was cut or rewritten, or the desk rolled back to an older copy, since it was written</source>
      <translation>{kind} {name} audit qeydi {seq}-ə şahidlik edir, lakin jurnalda həmin heşlə bu qeyd artıq yoxdur: o yazılandan bəri jurnal kəsilib və ya yenidən yazılıb, yaxud masa köhnə surətə qaytarılıb</translation>
    </message>
    <message>
      <source>unexpected contents</source>
      <translation>gözlənilməz məzmun</translation>
    </message>
    <message>
      <source>user</source>
      <translation>istifadəçi</translation>
    </message>
    <message>
      <source>user {user} may not approve request {request}</source>
      <translation>istifadəçi {user} {request} saylı sorğunu təsdiqləyə bilməz</translation>
    </message>
    <message>
      <source>user {user}'s roles differ from the granted ones</source>
      <translation>istifadəçi {user}-in rolları verilmiş rollardan fərqlənir</translation>
    </message>
    <message>
      <source>user {user}'s roles in the users table ({roles}) differ from the roles administrators granted in the audit log ({granted})</source>
      <translation>istifadəçi {user}-in istifadəçilər cədvəlindəki rolları ({roles}) administratorların audit jurnalında verdiyi rollardan ({granted}) fərqlənir</translation>
    </message>
    <message>
      <source>user {user}'s signing key differs from the one the audit log vouches for</source>
      <translation>istifadəçi {user}-in imza açarı audit jurnalının zəmanət verdiyi açardan fərqlənir</translation>
    </message>
    <message>
      <source>{check}: {problem}</source>
      <translation>{check}: {problem}</translation>
    </message>
    <message>
      <source>{count} audit entries are missing from the log</source>
      <translation>jurnalda {count} audit qeydi yoxdur</translation>
    </message>
    <message>
      <source>{count} call(s) on the server do not have the tasks their call.save entry made (a mandatory report removed, or a task slipped in around the desk): {calls}</source>
      <translation>serverdəki {count} zəngdə call.save qeydinin yaratdığı tapşırıqlar yoxdur (məcburi hesabat silinib və ya tapşırıq masadan yan keçməklə əlavə edilib): {calls}</translation>
    </message>
    <message>
      <source>{count} call(s) on the server have no call.save entry by their author in the audit log: written around the desk</source>
      <translation>serverdəki {count} zəngin audit jurnalında müəllifinin call.save qeydi yoxdur: masadan kənar yazılıb</translation>
    </message>
    <message>
      <source>{count} call(s) on the server no longer match what their last call.save, call.correct or call.review entry pins (coded fields, wrapped keys, texts or vault rows changed around the desk): {calls}</source>
      <translation>serverdəki {count} zəng artıq öz son call.save, call.correct və ya call.review qeydinin təsbit etdiyinə uyğun gəlmir (kodlu sahələr, bükülmüş açarlar, mətnlər və ya şəxsiyyət sətirləri masadan kənar dəyişdirilib): {calls}</translation>
    </message>
    <message>
      <source>{count} call(s) the audit log says were taken back (call.undo_no_content) are on the server: not removed, or written again around the desk</source>
      <translation>audit jurnalının geri götürüldüyünü dediyi {count} zəng (call.undo_no_content) serverdədir: silinməyib və ya proqramdan kənar yenidən yazılıb</translation>
    </message>
    <message>
      <source>{count} call.save entries of the audit log name a call the server no longer holds: removed on the server</source>
      <translation>audit jurnalının {count} call.save qeydi serverdə artıq olmayan zəngi göstərir: serverdə silinib</translation>
    </message>
    <message>
      <source>{count} task(s) on the server are marked done with no task.done entry by the one named as doing it in the audit log: closed around the desk</source>
      <translation>serverdə {count} tapşırıq icra edilmiş kimi qeyd olunub, amma audit jurnalında onu icra edən kimi göstərilən şəxsin task.done qeydi yoxdur: masadan yan keçməklə bağlanıb</translation>
    </message>
    <message>
      <source>{count} task.add entries of the audit log name a task the server no longer holds: removed on the server</source>
      <translation>audit jurnalının {count} task.add qeydi serverdə artıq olmayan tapşırığı göstərir: serverdə silinib</translation>
    </message>
    <message>
      <source>{kind} {id} removed by audit entry {seq} is back in the database</source>
      <translation>audit qeydi {seq} ilə silinmiş {kind} {id} yenidən verilənlər bazasındadır</translation>
    </message>
    <message>
      <source>{kind} {id} was changed outside the program: its row differs from the one audit entry {seq} recorded</source>
      <translation>{kind} {id} proqramdan kənarda dəyişdirilib: onun sətri audit qeydi {seq}-in qeyd etdiyindən fərqlənir</translation>
    </message>
    <message>
      <source>{kind} {id} written by audit entry {seq} is gone from the database</source>
      <translation>audit qeydi {seq} ilə yazılmış {kind} {id} verilənlər bazasında yoxdur</translation>
    </message>
    <message>
      <source>{name} does not match its checksum</source>
      <translation>{name} öz yoxlama cəminə uyğun gəlmir</translation>
    </message>
    <message>
      <source>{path}: {problem}</source>
      <translation>{path}: {problem}</translation>
    </message>
  </context>
  <context>
    <name>pages</name>
    <message>
      <source>%1, the page shown</source>
      <translation>%1, açıq olan səhifə</translation>
    </message>
    <message>
      <source>Administration</source>
      <translation>İdarəetmə</translation>
    </message>
    <message>
      <source>Approvals</source>
      <translation>Təsdiqlər</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>Audit jurnalı</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>Ehtiyat nüsxələr</translation>
    </message>
    <message>
      <source>Call log</source>
      <translation>Zəng jurnalı</translation>
    </message>
    <message>
      <source>Calls</source>
      <translation>Zənglər</translation>
    </message>
    <message>
      <source>Desk check</source>
      <translation>Masanın yoxlanışı</translation>
    </message>
    <message>
      <source>Desk health</source>
      <translation>Masanın vəziyyəti</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>İxrac</translation>
    </message>
    <message>
      <source>Import old log</source>
      <translation>Köhnə jurnalın idxalı</translation>
    </message>
    <message>
      <source>Outside contact</source>
      <translation>Xətdən kənar müraciət</translation>
    </message>
    <message>
      <source>Pages of the window</source>
      <translation>Pəncərənin səhifələri</translation>
    </message>
    <message>
      <source>Referral directory</source>
      <translation>Yönləndirmə kataloqu</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Bərpa</translation>
    </message>
    <message>
      <source>Review and follow-up</source>
      <translation>Yoxlama və izləmə</translation>
    </message>
    <message>
      <source>Review queue</source>
      <translation>Yoxlama növbəsi</translation>
    </message>
    <message>
      <source>Sealing</source>
      <translation>Möhürləmə</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Parametrlər</translation>
    </message>
    <message>
      <source>Statistics</source>
      <translation>Statistika</translation>
    </message>
    <message>
      <source>Take calls</source>
      <translation>Zəng qəbulu</translation>
    </message>
    <message>
      <source>Tasks</source>
      <translation>Tapşırıqlar</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>İstifadəçilər</translation>
    </message>
    <message>
      <source>Workstations</source>
      <translation>İş yerləri</translation>
    </message>
  </context>
  <context>
    <name>roles</name>
    <message>
      <source>Administrator</source>
      <translation>Administrator</translation>
    </message>
    <message>
      <source>Operator</source>
      <translation>Operator</translation>
    </message>
    <message>
      <source>Supervisor</source>
      <translation>Nəzarətçi</translation>
    </message>
  </context>
  <context>
    <name>settings</name>
    <message>
      <source>A workstation that has not reached the server for longer refuses offline sign-in until it reaches the server once, so a member disabled since cannot sign in there from its older copy of the keys. Each copy keeps the value of its own sign-in.</source>
      <translation>Serverə bundan uzun müddət qoşulmayan iş yeri serverə bir dəfə qoşulana qədər oflayn girişi rədd edir: belə ki, o vaxtdan bəri söndürülmüş əməkdaş orada mərkəz açarlarının köhnə surəti ilə daxil ola bilməz. Hər surət yazıldığı girişdəki dəyəri saxlayır.</translation>
    </message>
    <message>
      <source>After this many wrong passwords in a row each further attempt waits longer (2 seconds, doubling, at most 5 minutes). The desk never locks anyone out for good.</source>
      <translation>Ardıcıl bu qədər səhv paroldan sonra hər növbəti cəhd daha uzun gözləyir (2 saniyə, hər dəfə iki qat, ən çox 5 dəqiqə). Masa heç kimi həmişəlik bağlamır.</translation>
    </message>
    <message>
      <source>Days a workstation may sign people in offline</source>
      <translation>İş yerinin oflayn giriş verə biləcəyi günlər</translation>
    </message>
    <message>
      <source>Failed sign-ins before the desk makes people wait</source>
      <translation>Masa gözlətməyə başlamazdan əvvəl uğursuz girişlərin sayı</translation>
    </message>
    <message>
      <source>Lock the screen after this many idle minutes</source>
      <translation>Bu qədər dəqiqə fəaliyyət olmadıqda ekranı kilidləmək</translation>
    </message>
    <message>
      <source>The desk locks itself when nobody touches it; the call being taken is kept. Short is safer in a shared room.</source>
      <translation>Heç kim toxunmadıqda masa özü kilidlənir; qəbul edilən zəng saxlanılır. Ortaq otaqda qısa müddət daha təhlükəsizdir.</translation>
    </message>
  </context>
  <context>
    <name>validation</name>
    <message>
      <source>A call without content carries no topics, outcomes or notes.</source>
      <translation>Məzmunsuz zəngdə mövzu, nəticə və ya qeyd olmur.</translation>
    </message>
    <message>
      <source>A phone number holds digits, spaces and + ( ) - , ; / only.</source>
      <translation>Telefon nömrəsində yalnız rəqəmlər, boşluqlar və + ( ) - , ; / ola bilər.</translation>
    </message>
    <message>
      <source>A referral to a state body (the Migration Service, a consulate, the Assistance Center, a local commission) or to a shelter passes the person's details on or places them; the law allows it only with the consent of the person concerned, and consent is not recorded as yes.</source>
      <translation>Dövlət orqanına (Miqrasiya Xidməti, konsulluq, Yardım Mərkəzi, yerli komissiya) və ya sığınacağa yönləndirmə şəxsin məlumatlarını ötürür və ya onu yerləşdirir; qanun buna yalnız həmin şəxsin razılığı ilə icazə verir, razılıq isə "bəli" kimi qeyd olunmayıb.</translation>
    </message>
    <message>
      <source>A referral to the police unit passes identifying details to law enforcement; the law allows it only with the consent of the person concerned, and consent is not recorded as yes.</source>
      <translation>Polis bölməsinə yönləndirmə müəyyənedici məlumatları hüquq-mühafizə orqanlarına ötürür; qanun buna yalnız şəxsin razılığı ilə icazə verir, razılıq isə "bəli" kimi qeyd olunmayıb.</translation>
    </message>
    <message>
      <source>A relative may be involved: a relative's consent does not count for this child. Report to the Commission and the guardianship authority instead.</source>
      <translation>Qohumun iştirakı ehtimal olunur: bu uşaq üçün qohumun razılığı nəzərə alınmır. Bunun əvəzinə Komissiyaya və qəyyumluq orqanına məlumat verin.</translation>
    </message>
    <message>
      <source>An entity needs a value.</source>
      <translation>Obyektin dəyəri olmalıdır.</translation>
    </message>
    <message>
      <source>Choose at least one outcome or referral.</source>
      <translation>Ən azı bir nəticə və ya yönləndirmə seçin.</translation>
    </message>
    <message>
      <source>Choose the country of citizenship for a foreign citizen.</source>
      <translation>Əcnəbi vətəndaş üçün vətəndaşı olduğu ölkəni seçin.</translation>
    </message>
    <message>
      <source>Choose the outcome this entry is for.</source>
      <translation>Bu qeydin aid olduğu nəticəni seçin.</translation>
    </message>
    <message>
      <source>Choose the primary topic of the call.</source>
      <translation>Zəngin əsas mövzusunu seçin.</translation>
    </message>
    <message>
      <source>Fill in Azerbaijani, Russian and English, or leave all three empty.</source>
      <translation>Azərbaycan, rus və ingilis dillərində doldurun və ya üçünü də boş saxlayın.</translation>
    </message>
    <message>
      <source>Identity details are kept only with the person's consent: tick the consent box of section 11, or leave the details empty.</source>
      <translation>Şəxsiyyət məlumatları yalnız şəxsin razılığı ilə saxlanılır: 11-ci bölmədə razılıq qutusunu işarələyin və ya məlumatları boş saxlayın.</translation>
    </message>
    <message>
      <source>No person concerned has this pseudonym. A pseudonym is issued by the desk (Assign a new pseudonym) or is one it issued before; never type a name here: names go only into the sealed identity details, with consent.</source>
      <translation>Bu təxəllüslü aidiyyəti şəxs yoxdur. Təxəllüsü masa verir (Yeni təxəllüs ver) və ya əvvəl verdiyi birisidir; bura heç vaxt ad yazmayın: adlar yalnız razılıqla möhürlənmiş şəxsiyyət məlumatlarına yazılır.</translation>
    </message>
    <message>
      <source>The consent must be the person's own: the caller speaks for another adult, and a relative or anyone else cannot consent for an adult. Untick the referral, or let the person concerned consent themself.</source>
      <translation>Razılıq şəxsin özünə aid olmalıdır: zəng edən başqa bir yetkin şəxs adından danışır, qohum və ya başqa biri yetkin şəxsin əvəzinə razılıq verə bilməz. Yönləndirməni götürün və ya razılığı şəxsin özü versin.</translation>
    </message>
    <message>
      <source>The date of a contact cannot be before {year}.</source>
      <translation>Əlaqənin tarixi {year} ilindən əvvəl ola bilməz.</translation>
    </message>
    <message>
      <source>The date of a contact cannot be in the future.</source>
      <translation>Müraciətin tarixi gələcəkdə ola bilməz.</translation>
    </message>
    <message>
      <source>The date of the last check cannot be in the future.</source>
      <translation>Son yoxlamanın tarixi gələcəkdə ola bilməz.</translation>
    </message>
    <message>
      <source>The duration cannot be longer than {limit} seconds (7 days).</source>
      <translation>Müddət {limit} saniyədən (7 gün) uzun ola bilməz.</translation>
    </message>
    <message>
      <source>The duration cannot be negative.</source>
      <translation>Müddət mənfi ola bilməz.</translation>
    </message>
    <message>
      <source>The primary topic must be one of the ticked topics.</source>
      <translation>Əsas mövzu seçilmiş mövzulardan biri olmalıdır.</translation>
    </message>
    <message>
      <source>The sector is recorded for forced labour only: choose forced labour or no sector.</source>
      <translation>Sahə yalnız məcburi əmək üçün qeyd olunur: məcburi əməyi seçin və ya sahəni boş saxlayın.</translation>
    </message>
    <message>
      <source>Too long: at most {limit} characters.</source>
      <translation>Çox uzundur: ən çoxu {limit} simvol.</translation>
    </message>
    <message>
      <source>Type the name in Azerbaijani, Russian and English.</source>
      <translation>Adı azərbaycan, rus və ingilis dillərində yazın.</translation>
    </message>
    <message>
      <source>Unknown value {value!r}.</source>
      <translation>Naməlum dəyər {value!r}.</translation>
    </message>
  </context>
  <context>
    <name>warnings</name>
    <message>
      <source>Calls sealed from this workstation were found unsealed on the centre's server (put back from an older copy?) and were sealed again at your sign-in.</source>
      <translation>Bu iş stansiyasından möhürlənmiş zənglər mərkəzin serverində möhürsüz tapıldı (köhnə nüsxədən geri qaytarılıb?) və girişinizdə yenidən möhürləndi.</translation>
    </message>
    <message>
      <source>Retention ran at your sign-in: the free text and identity details of reviewed calls older than the centre keeps them were destroyed on the server (coded fields kept).</source>
      <translation>Girişinizdə saxlama müddəti qaydası işlədi: mərkəzin saxladığı müddətdən köhnə baxılmış zənglərin sərbəst mətni və şəxsiyyət məlumatları serverdə məhv edildi (kodlaşdırılmış sahələr saxlanıldı).</translation>
    </message>
    <message>
      <source>Sealing and retention could not run at your sign-in on the centre; sign in again, or run 'hotline retention --run'.</source>
      <translation>Mərkəzə girişinizdə möhürləmə və saxlama müddəti qaydası işləyə bilmədi; yenidən daxil olun və ya 'hotline retention --run' əmrini işə salın.</translation>
    </message>
    <message>
      <source>Signed in offline, from this computer's copy of the centre's keys: calls you save are kept here and sent when the server is back; pages that need the server say so.</source>
      <translation>Oflayn daxil olmusunuz, bu kompüterdəki mərkəz açarlarının surəti ilə: saxladığınız zənglər burada qalır və server qayıdanda göndərilir; serverə ehtiyacı olan səhifələr bunu bildirir.</translation>
    </message>
    <message>
      <source>The OS keychain backend changed since set-up (now {backend}). The desk still opened; tell the administrator.</source>
      <translation>Quraşdırmadan sonra ƏS açar anbarının növü dəyişib (indi {backend}). Masa yenə də açıldı; administratora bildirin.</translation>
    </message>
    <message>
      <source>The audit log does not start with this desk's own first entry (the one pinned in your key slot): it was replaced. Tell the administrator at once.</source>
      <translation>Audit jurnalı bu masanın öz ilk qeydi ilə (açar yuvanızda sabitlənmiş qeyd) başlamır: o, dəyişdirilib. Dərhal administratora bildirin.</translation>
    </message>
    <message>
      <source>The audit log was cut or rewritten since you last signed out: entries your last session saw are missing or different. Tell the administrator at once; the desk keeps working.</source>
      <translation>Siz sonuncu dəfə çıxandan bəri audit jurnalı kəsilib və ya yenidən yazılıb: son sessiyanızın gördüyü qeydlər yoxdur və ya fərqlidir. Dərhal administratora bildirin; masa işləməyə davam edir.</translation>
    </message>
    <message>
      <source>The audit log's head file beside the database was deleted, damaged or does not match the log: entries may have been removed. Tell the administrator; 'hotline verify' names the problem.</source>
      <translation>Verilənlər bazasının yanındakı audit jurnalının baş faylı silinib, zədələnib və ya jurnala uyğun gəlmir: qeydlər silinmiş ola bilər. Administratora bildirin; 'hotline verify' problemi göstərir.</translation>
    </message>
    <message>
      <source>The disk is full: the desk opened for reading only. Nothing can be saved, not even the record of this sign-in, until some space is freed on the disk; then sign in again.</source>
      <translation>Disk doludur: masa yalnız oxumaq üçün açıldı. Diskdə yer boşaldılana qədər heç nə, hətta bu girişin qeydi belə, yadda saxlanıla bilməz; sonra yenidən daxil olun.</translation>
    </message>
    <message>
      <source>The keychain of this machine did not hold the desk's secret: the desk is now bound to it anew. Give every user a new password; their old ones were bound to the lost secret.</source>
      <translation>Bu maşının açar saxlancında masanın sirri yox idi: masa indi ona yenidən bağlandı. Hər istifadəçiyə yeni parol verin; köhnə parollar itmiş sirrə bağlı idi.</translation>
    </message>
    <message>
      <source>This desk is not bound to the machine's keychain: a copy of its files can be attacked elsewhere by guessing passwords.</source>
      <translation>Bu masa kompüterin açar anbarına bağlı deyil: fayllarının surəti başqa yerdə parol təxmini ilə sındırıla bilər.</translation>
    </message>
    <message>
      <source>This key slot uses test-strength key derivation: change the password.</source>
      <translation>Bu açar yuvası test səviyyəli açar törətməsindən istifadə edir: parolu dəyişin.</translation>
    </message>
    <message>
      <source>Your password was reset since you last signed in on this computer. Any calls you kept on this computer before the reset (saved while the server was away) were not sent: they wait on this computer, set aside under your old password. Tell the centre's administrator.</source>
      <translation>Bu kompüterdə sonuncu dəfə daxil olduğunuzdan bəri parolunuz sıfırlanıb. Sıfırlamadan əvvəl bu kompüterdə saxladığınız zənglər (server əlçatan olmadığı vaxt saxlanılanlar) göndərilməyib: onlar köhnə parolunuzla bağlı halda bu kompüterdə kənara qoyulub gözləyir. Mərkəzin administratoruna xəbər verin.</translation>
    </message>
    <message>
      <source>Your roles recorded in the database differ from the roles an administrator granted you; the desk uses the granted ones. Tell the administrator.</source>
      <translation>Verilənlər bazasında qeyd olunmuş rollarınız administratorun sizə verdiyi rollardan fərqlənir; masa verilmiş rollardan istifadə edir. Administratora bildirin.</translation>
    </message>
  </context>
</TS>
