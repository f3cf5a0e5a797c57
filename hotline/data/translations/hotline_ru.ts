<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>152 — Hotline desk</source>
      <translation>152 — Пульт горячей линии</translation>
    </message>
    <message>
      <source>About the 152 hotline desk</source>
      <translation>О пульте горячей линии 152</translation>
    </message>
    <message>
      <source>Data folder</source>
      <translation>Папка данных</translation>
    </message>
    <message>
      <source>Libraries bundled with the program</source>
      <translation>Библиотеки, входящие в программу</translation>
    </message>
    <message>
      <source>Libraries bundled with the program:</source>
      <translation>Библиотеки, входящие в программу:</translation>
    </message>
    <message>
      <source>Library</source>
      <translation>Библиотека</translation>
    </message>
    <message>
      <source>Licence</source>
      <translation>Лицензия</translation>
    </message>
    <message>
      <source>Qt and PySide6 are used under the GNU Lesser General Public License version 3: they are separate libraries in the program's folder, and you may replace them with your own build of the same version. Their source code is published at {qt} and {pyside}; the licence is at https://www.gnu.org/licenses/lgpl-3.0.html.</source>
      <translation>Qt и PySide6 используются на условиях GNU Lesser General Public License версии 3: это отдельные библиотеки в папке программы, и вы можете заменить их собственной сборкой той же версии. Их исходный код опубликован на {qt} и {pyside}; текст лицензии — на https://www.gnu.org/licenses/lgpl-3.0.html.</translation>
    </message>
    <message>
      <source>Source code</source>
      <translation>Исходный код</translation>
    </message>
    <message>
      <source>This desk's data folder (back it up before an upgrade):</source>
      <translation>Папка данных этого пульта (перед обновлением сделайте резервную копию):</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Версия</translation>
    </message>
    <message>
      <source>Version {version}</source>
      <translation>Версия {version}</translation>
    </message>
  </context>
  <context>
    <name>AddUserDialog</name>
    <message>
      <source>Add a user</source>
      <translation>Добавить пользователя</translation>
    </message>
    <message>
      <source>Roles:</source>
      <translation>Роли:</translation>
    </message>
    <message>
      <source>User &amp;name:</source>
      <translation>&amp;Имя пользователя:</translation>
    </message>
  </context>
  <context>
    <name>ApprovalsPage</name>
    <message>
      <source>Approve</source>
      <translation>Одобрить</translation>
    </message>
    <message>
      <source>Approved or refused by</source>
      <translation>Одобрил или отклонил</translation>
    </message>
    <message>
      <source>Asked at</source>
      <translation>Когда запрошено</translation>
    </message>
    <message>
      <source>Asked by</source>
      <translation>Кто запросил</translation>
    </message>
    <message>
      <source>Carry it out</source>
      <translation>Выполнить</translation>
    </message>
    <message>
      <source>Change the roles of %1 to: %2</source>
      <translation>Изменить роли пользователя %1 на: %2</translation>
    </message>
    <message>
      <source>Changing roles, an export for partners and sealing need two people: one asks, another administrator or a supervisor approves here, signed in as themselves, and the one who asked carries it out within 24 hours. Nobody approves their own request.</source>
      <translation>Изменение ролей, выгрузка для партнёров и опечатывание требуют двух человек: один запрашивает, другой администратор или супервайзер, войдя под своим именем, одобряет здесь, а запросивший выполняет в течение 24 часов. Никто не одобряет собственный запрос.</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Обновить</translation>
    </message>
    <message>
      <source>Refuse</source>
      <translation>Отклонить</translation>
    </message>
    <message>
      <source>Request %1 was carried out: the roles of %2 were changed.</source>
      <translation>Запрос %1 выполнен: роли пользователя %2 изменены.</translation>
    </message>
    <message>
      <source>Request %1: %2.</source>
      <translation>Запрос %1: %2.</translation>
    </message>
    <message>
      <source>Requests for a second person's approval</source>
      <translation>Запросы на одобрение вторым человеком</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Что</translation>
    </message>
    <message>
      <source>Withdraw my request</source>
      <translation>Отозвать мой запрос</translation>
    </message>
    <message>
      <source>the recovery code</source>
      <translation>код восстановления</translation>
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
      <translation>Время</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Что</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Кто</translation>
    </message>
  </context>
  <context>
    <name>AuditViewerPage</name>
    <message>
      <source>%1 entries match</source>
      <translation>Подходящих записей: %1</translation>
    </message>
    <message>
      <source>%1 entries written to %2, with a signed manifest beside it (%3). The inspector checks it with 'hotline verify-export'.</source>
      <translation>%1 записей записано в %2, рядом подписанный манифест (%3). Проверяющий проверяет его командой 'hotline verify-export'.</translation>
    </message>
    <message>
      <source>A record number has digits only.</source>
      <translation>Номер записи состоит только из цифр.</translation>
    </message>
    <message>
      <source>Acknowledge</source>
      <translation>Принять к сведению</translation>
    </message>
    <message>
      <source>Acknowledged and recorded. The finding stays in the log and verify still reports it: restoring a backup from before the change is what clears the desk.</source>
      <translation>Принято к сведению и записано. Находка остаётся в журнале, и проверка по-прежнему её показывает: очищает пульт только восстановление резервной копии, сделанной до изменения.</translation>
    </message>
    <message>
      <source>Call no.</source>
      <translation>Звонок №</translation>
    </message>
    <message>
      <source>Every action</source>
      <translation>Все действия</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>Все</translation>
    </message>
    <message>
      <source>Export CSV…</source>
      <translation>Выгрузить CSV…</translation>
    </message>
    <message>
      <source>Export PDF…</source>
      <translation>Выгрузить PDF…</translation>
    </message>
    <message>
      <source>Export no.</source>
      <translation>Выгрузка №</translation>
    </message>
    <message>
      <source>Export the audit to</source>
      <translation>Выгрузить аудит в</translation>
    </message>
    <message>
      <source>From %1 to %2</source>
      <translation>С %1 по %2</translation>
    </message>
    <message>
      <source>Hotline 152: audit log</source>
      <translation>Горячая линия 152: журнал аудита</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <source>Record: %1</source>
      <translation>Запись: %1</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Показать</translation>
    </message>
    <message>
      <source>Task no.</source>
      <translation>Задача №</translation>
    </message>
    <message>
      <source>The audit chain and the desk check clean: %1 entries, every signature and link verified.</source>
      <translation>Цепочка аудита и пульт прошли проверку: %1 записей, каждая подпись и каждая связь проверены.</translation>
    </message>
    <message>
      <source>The centre's audit chain checks clean on the server: %1 entries, every signature and link verified, and this workstation's witness of its head.</source>
      <translation>Цепочка аудита центра на сервере проверена без замечаний: записей — %1, каждая подпись и каждое звено, а также свидетельство этого рабочего места о вершине цепочки подтверждены.</translation>
    </message>
    <message>
      <source>The check found %1 problems. Do not delete anything; restore a backup from before the change and call the person responsible for the desk:</source>
      <translation>Проверка нашла проблем: %1. Ничего не удаляйте; восстановите резервную копию, сделанную до изменения, и позвоните ответственному за пульт:</translation>
    </message>
    <message>
      <source>The newest %1 of %2 matching entries</source>
      <translation>Самые новые %1 из %2 подходящих записей</translation>
    </message>
    <message>
      <source>The newest %1 of more than %2 matching entries</source>
      <translation>Самые новые %1 из более чем %2 подходящих записей</translation>
    </message>
    <message>
      <source>User no.</source>
      <translation>Пользователь №</translation>
    </message>
    <message>
      <source>Verify the chain</source>
      <translation>Проверить цепочку</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Что</translation>
    </message>
    <message>
      <source>What the desk noticed at sign-ins</source>
      <translation>Что пульт заметил при входах</translation>
    </message>
    <message>
      <source>What was done about it (who was told, which backup was restored)</source>
      <translation>Что было сделано (кому сообщили, какая резервная копия восстановлена)</translation>
    </message>
    <message>
      <source>What: %1</source>
      <translation>Что: %1</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Когда</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Кто</translation>
    </message>
    <message>
      <source>Who: %1</source>
      <translation>Кто: %1</translation>
    </message>
    <message>
      <source>acknowledged by %1 on %2: %3</source>
      <translation>принято к сведению: %1, %2: %3</translation>
    </message>
    <message>
      <source>any</source>
      <translation>любая</translation>
    </message>
    <message>
      <source>from</source>
      <translation>с</translation>
    </message>
    <message>
      <source>not acknowledged</source>
      <translation>не принято к сведению</translation>
    </message>
    <message>
      <source>number</source>
      <translation>номер</translation>
    </message>
    <message>
      <source>to</source>
      <translation>по</translation>
    </message>
  </context>
  <context>
    <name>AuditWords</name>
    <message>
      <source>At {who}'s sign-in the desk noticed: {problem}</source>
      <translation>При входе {who} пульт заметил: {problem}</translation>
    </message>
    <message>
      <source>Calls saved, corrected and reviewed</source>
      <translation>Сохранённые, исправленные и проверенные звонки</translation>
    </message>
    <message>
      <source>Exports</source>
      <translation>Выгрузки</translation>
    </message>
    <message>
      <source>Four eyes</source>
      <translation>Четыре глаза</translation>
    </message>
    <message>
      <source>Readings of identity details</source>
      <translation>Просмотры личных данных</translation>
    </message>
    <message>
      <source>Readings of notes</source>
      <translation>Просмотры заметок</translation>
    </message>
    <message>
      <source>Refusals and findings</source>
      <translation>Отказы и находки</translation>
    </message>
    <message>
      <source>Sign-ins and the lock screen</source>
      <translation>Входы и экран блокировки</translation>
    </message>
    <message>
      <source>The desk: checks, backups, keys, settings</source>
      <translation>Пульт: проверки, резервные копии, ключи, настройки</translation>
    </message>
    <message>
      <source>Users, roles and passwords</source>
      <translation>Пользователи, роли и пароли</translation>
    </message>
    <message>
      <source>the recovery code</source>
      <translation>код восстановления</translation>
    </message>
    <message>
      <source>{who} acknowledged finding {object}: “{note}”</source>
      <translation>{who} принял(а) к сведению находку {object}: «{note}»</translation>
    </message>
    <message>
      <source>{who} added synthetic demo calls</source>
      <translation>{who}: добавлены синтетические демонстрационные звонки</translation>
    </message>
    <message>
      <source>{who} added the follow-up task {object}</source>
      <translation>{who}: добавлена задача {object}</translation>
    </message>
    <message>
      <source>{who} added the user {user} ({roles})</source>
      <translation>{who}: добавлен пользователь {user} ({roles})</translation>
    </message>
    <message>
      <source>{who} approved alone ({act}): the desk has one administrator</source>
      <translation>{who}: одобрено единолично ({act}) — на пульте один администратор</translation>
    </message>
    <message>
      <source>{who} approved request {object}</source>
      <translation>{who}: одобрен запрос {object}</translation>
    </message>
    <message>
      <source>{who} asked a second person to approve: {act} (request {seq})</source>
      <translation>{who}: запрошено одобрение второго человека — {act} (запрос {seq})</translation>
    </message>
    <message>
      <source>{who} bound the desk to this machine's keychain again</source>
      <translation>{who}: пульт снова привязан к хранилищу ключей этого компьютера</translation>
    </message>
    <message>
      <source>{who} carried out request {object}</source>
      <translation>{who}: выполнен запрос {object}</translation>
    </message>
    <message>
      <source>{who} changed the roles of {user} to {roles}</source>
      <translation>{who}: роли пользователя {user} изменены на {roles}</translation>
    </message>
    <message>
      <source>{who} changed their own password</source>
      <translation>{who}: изменён собственный пароль</translation>
    </message>
    <message>
      <source>{who} changed “{setting}” from {old} to {value}</source>
      <translation>{who}: «{setting}» изменено с {old} на {value}</translation>
    </message>
    <message>
      <source>{who} commented on call {call}</source>
      <translation>{who}: комментарий к звонку {call}</translation>
    </message>
    <message>
      <source>{who} confirmed how the columns of an old log are imported</source>
      <translation>{who} подтвердил(а), как импортируются столбцы старого журнала</translation>
    </message>
    <message>
      <source>{who} corrected call {call}: {fields}</source>
      <translation>{who}: исправлен звонок {call}: {fields}</translation>
    </message>
    <message>
      <source>{who} corrected their own call {call}: {fields}</source>
      <translation>{who}: исправлен собственный звонок {call}: {fields}</translation>
    </message>
    <message>
      <source>{who} disabled the user {user}</source>
      <translation>{who}: отключён пользователь {user}</translation>
    </message>
    <message>
      <source>{who} discarded a call not saved</source>
      <translation>{who}: отброшен несохранённый звонок</translation>
    </message>
    <message>
      <source>{who} exported {entries} audit entries ({format})</source>
      <translation>{who}: выгружено записей аудита: {entries} ({format})</translation>
    </message>
    <message>
      <source>{who} exported {table} for {period} ({audience})</source>
      <translation>{who}: выгружено {table} за {period} ({audience})</translation>
    </message>
    <message>
      <source>{who} exported {table} for {period} again ({audience})</source>
      <translation>{who}: повторно выгружено {table} за {period} ({audience})</translation>
    </message>
    <message>
      <source>{who} gave a returning caller a pseudonym</source>
      <translation>{who}: повторно звонящему присвоен псевдоним</translation>
    </message>
    <message>
      <source>{who} gave the database a new key</source>
      <translation>{who}: база данных получила новый ключ</translation>
    </message>
    <message>
      <source>{who} gave {user} a new password and new keys</source>
      <translation>{who}: пользователю {user} выданы новый пароль и новые ключи</translation>
    </message>
    <message>
      <source>{who} imported calls from an old log</source>
      <translation>{who}: импортированы звонки из старого журнала</translation>
    </message>
    <message>
      <source>{who} let go of call {call} in review</source>
      <translation>{who}: звонок {call} возвращён из проверки</translation>
    </message>
    <message>
      <source>{who} linked call {call}, saved earlier, by the entities it names</source>
      <translation>{who}: ранее сохранённый звонок {call} связан по упомянутым в нём объектам</translation>
    </message>
    <message>
      <source>{who} made a backup ({calls} calls)</source>
      <translation>{who}: создана резервная копия (звонков: {calls})</translation>
    </message>
    <message>
      <source>{who} read the identity details of call {call}: reason “{reason}”</source>
      <translation>{who} просмотрел(а) личные данные звонка {call}: причина «{reason}»</translation>
    </message>
    <message>
      <source>{who} read the notes of call {call}</source>
      <translation>{who} прочитал(а) заметки звонка {call}</translation>
    </message>
    <message>
      <source>{who} recorded the task {object} as done</source>
      <translation>{who}: задача {object} отмечена как выполненная</translation>
    </message>
    <message>
      <source>{who} refused request {object}</source>
      <translation>{who}: отклонён запрос {object}</translation>
    </message>
    <message>
      <source>{who} removed workstation {object} from the centre</source>
      <translation>{who} удалил(а) рабочее место {object} из центра</translation>
    </message>
    <message>
      <source>{who} reopened call {call}, saved as a call without content</source>
      <translation>{who}: снова открыт звонок {call}, сохранённый как звонок без содержания</translation>
    </message>
    <message>
      <source>{who} restored the desk from a backup</source>
      <translation>{who}: пульт восстановлен из резервной копии</translation>
    </message>
    <message>
      <source>{who} reviewed call {call}</source>
      <translation>{who}: проверен звонок {call}</translation>
    </message>
    <message>
      <source>{who} saved call {call}</source>
      <translation>{who} сохранил(а) звонок {call}</translation>
    </message>
    <message>
      <source>{who} sealed the free text of call {call}</source>
      <translation>{who}: опечатан свободный текст звонка {call}</translation>
    </message>
    <message>
      <source>{who} sealed the free text of the desk</source>
      <translation>{who}: опечатан свободный текст пульта</translation>
    </message>
    <message>
      <source>{who} set up the desk</source>
      <translation>{who}: пульт создан</translation>
    </message>
    <message>
      <source>{who} signed in</source>
      <translation>{who} вошёл (вошла) в систему</translation>
    </message>
    <message>
      <source>{who} signed in after {count} failed sign-ins (recorded now)</source>
      <translation>{who} вошёл (вошла) после неудачных попыток: {count} (записано сейчас)</translation>
    </message>
    <message>
      <source>{who} signed in with the new keys of the password reset in entry {reset}: this workstation's record of the log, made under the earlier keys (entry {witnessed}), was set aside and started afresh at the server's head; calls kept here before the reset wait there, not sent</source>
      <translation>{who} вошёл(-ла) с новыми ключами после сброса пароля в записи {reset}: запись этой рабочей станции о журнале, сделанная под прежними ключами (запись {witnessed}), отложена и начата заново с текущей вершины журнала на сервере; звонки, сохранённые здесь до сброса, ждут там и не отправлены</translation>
    </message>
    <message>
      <source>{who} stored identity details of call {call}</source>
      <translation>{who}: сохранены личные данные звонка {call}</translation>
    </message>
    <message>
      <source>{who} took call {call} for review</source>
      <translation>{who}: звонок {call} взят на проверку</translation>
    </message>
    <message>
      <source>{who} unlocked the screen</source>
      <translation>{who}: экран разблокирован</translation>
    </message>
    <message>
      <source>{who} verified the desk: {problems} problems</source>
      <translation>{who}: пульт проверен, проблем: {problems}</translation>
    </message>
    <message>
      <source>{who} was refused an export of {table} for {period}: it would disclose</source>
      <translation>{who}: отказано в выгрузке {table} за {period} — она раскрыла бы данные</translation>
    </message>
    <message>
      <source>{who} was refused identity details that were moved to call {call}</source>
      <translation>{who}: отказано в личных данных, перенесённых в звонок {call}</translation>
    </message>
    <message>
      <source>{who} was refused: {what}</source>
      <translation>{who}: отказано — {what}</translation>
    </message>
    <message>
      <source>{who} withdrew request {object}</source>
      <translation>{who}: отозван запрос {object}</translation>
    </message>
    <message>
      <source>{who}: a wrong password was typed on the lock screen</source>
      <translation>{who}: на экране блокировки введён неверный пароль</translation>
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
      <translation>Звонки</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>NOT usable</source>
      <translation>НЕПРИГОДНА</translation>
    </message>
    <message>
      <source>NOT usable: {problem}</source>
      <translation>НЕПРИГОДНА: {problem}</translation>
    </message>
    <message>
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Размер</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Причина</translation>
    </message>
    <message>
      <source>Written</source>
      <translation>Записана</translation>
    </message>
    <message>
      <source>at an administrator's sign-out</source>
      <translation>при выходе администратора</translation>
    </message>
    <message>
      <source>backed up from the window</source>
      <translation>из окна программы</translation>
    </message>
    <message>
      <source>daily</source>
      <translation>ежедневная</translation>
    </message>
    <message>
      <source>from the command line</source>
      <translation>из командной строки</translation>
    </message>
    <message>
      <source>removed</source>
      <translation>удалена</translation>
    </message>
    <message>
      <source>removed (older than the last ones kept)</source>
      <translation>удалена (старше хранимых последних)</translation>
    </message>
    <message>
      <source>verified by opening it</source>
      <translation>проверена открытием</translation>
    </message>
    <message>
      <source>{size} MB</source>
      <translation>{size} МБ</translation>
    </message>
  </context>
  <context>
    <name>BackupsPage</name>
    <message>
      <source>A USB drive or a network share, away from this computer. A backup is also written each time an administrator signs out; each one is opened and checked before it counts, and the oldest beyond the number kept are deleted.</source>
      <translation>USB-диск или сетевая папка вне этого компьютера. Копия делается и при каждом выходе администратора; каждая открывается и проверяется, прежде чем засчитаться, а самые старые сверх хранимого числа удаляются.</translation>
    </message>
    <message>
      <source>Back up every day</source>
      <translation>Делать копию каждый день</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>Сделать копию сейчас</translation>
    </message>
    <message>
      <source>Backup folder</source>
      <translation>Папка для резервных копий</translation>
    </message>
    <message>
      <source>Backup folder:</source>
      <translation>Папка для копий:</translation>
    </message>
    <message>
      <source>Backup written and verified by opening it: {path} ({calls} calls, {size}).</source>
      <translation>Копия записана и проверена открытием: {path} (звонков: {calls}, {size}).</translation>
    </message>
    <message>
      <source>Backups written (the register)</source>
      <translation>Сделанные копии (реестр)</translation>
    </message>
    <message>
      <source>Check the selected backup again</source>
      <translation>Проверить выбранную копию снова</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Выбрать…</translation>
    </message>
    <message>
      <source>Keep the last</source>
      <translation>Хранить последние</translation>
    </message>
    <message>
      <source>Newest verified backup: {age}, {when}, in {path}</source>
      <translation>Последняя проверенная копия: {age}, {when}, в {path}</translation>
    </message>
    <message>
      <source>No verified backup yet: back up now.</source>
      <translation>Проверенной резервной копии ещё нет: сделайте копию сейчас.</translation>
    </message>
    <message>
      <source>Opening the backup to check it…</source>
      <translation>Копия открывается для проверки…</translation>
    </message>
    <message>
      <source>Save the schedule</source>
      <translation>Сохранить расписание</translation>
    </message>
    <message>
      <source>The backup opens and checks clean.</source>
      <translation>Копия открывается, проверка без замечаний.</translation>
    </message>
    <message>
      <source>The next backup sets it aside and begins a new register.</source>
      <translation>Следующая копия отложит его в сторону и начнёт новый реестр.</translation>
    </message>
    <message>
      <source>The schedule was saved.</source>
      <translation>Расписание сохранено.</translation>
    </message>
    <message>
      <source>Where and when</source>
      <translation>Где и когда</translation>
    </message>
    <message>
      <source>Writing the backup…</source>
      <translation>Копия записывается…</translation>
    </message>
    <message>
      <source>backups</source>
      <translation>копий</translation>
    </message>
    <message>
      <source>none chosen yet</source>
      <translation>ещё не выбрана</translation>
    </message>
  </context>
  <context>
    <name>CallBar</name>
    <message>
      <source>Caller's pseudonym, to read out</source>
      <translation>Псевдоним звонящего (прочтите ему)</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Копировать</translation>
    </message>
    <message>
      <source>Copy the pseudonym (cleared after 10 s)</source>
      <translation>Скопировать псевдоним (стирается через 10 с)</translation>
    </message>
    <message>
      <source>DO NOT CALL BACK this caller</source>
      <translation>Этому абоненту НЕ ПЕРЕЗВАНИВАТЬ</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Отменить</translation>
    </message>
    <message>
      <source>Discard this call</source>
      <translation>Отменить этот звонок</translation>
    </message>
    <message>
      <source>End call</source>
      <translation>Завершить звонок</translation>
    </message>
    <message>
      <source>End call: stop the timer</source>
      <translation>Завершить звонок: остановить таймер</translation>
    </message>
    <message>
      <source>Link returning caller</source>
      <translation>Связать с прежним звонящим</translation>
    </message>
    <message>
      <source>New call</source>
      <translation>Новый звонок</translation>
    </message>
    <message>
      <source>New call (Ctrl+N)</source>
      <translation>Новый звонок (Ctrl+N)</translation>
    </message>
    <message>
      <source>Press again to discard</source>
      <translation>Нажмите ещё раз для отмены</translation>
    </message>
    <message>
      <source>Pseudonym a returning caller gives</source>
      <translation>Псевдоним, который называет повторный абонент</translation>
    </message>
    <message>
      <source>Read this out to the caller: they give it next time</source>
      <translation>Прочтите это звонящему: в следующий раз пусть назовёт его</translation>
    </message>
    <message>
      <source>Returning caller: their pseudonym</source>
      <translation>Повторный звонок: псевдоним</translation>
    </message>
    <message>
      <source>Save (Ctrl+S)</source>
      <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
      <source>Save the call</source>
      <translation>Сохранить звонок</translation>
    </message>
  </context>
  <context>
    <name>CallForm</name>
    <message>
      <source>10. Notes</source>
      <translation>10. Заметки</translation>
    </message>
    <message>
      <source>2. The call</source>
      <translation>2. Звонок</translation>
    </message>
    <message>
      <source>3. Topics</source>
      <translation>3. Темы</translation>
    </message>
    <message>
      <source>4. The caller</source>
      <translation>4. Звонящий</translation>
    </message>
    <message>
      <source>5. The person concerned and the exploitation</source>
      <translation>5. Пострадавший и эксплуатация</translation>
    </message>
    <message>
      <source>6. Indicators</source>
      <translation>6. Индикаторы</translation>
    </message>
    <message>
      <source>7. Outcome and referrals</source>
      <translation>7. Результат и направления</translation>
    </message>
    <message>
      <source>8. Flags</source>
      <translation>8. Отметки</translation>
    </message>
    <message>
      <source>9. Entities the caller mentions (agency, phone, link, city)</source>
      <translation>9. Упомянутые объекты (агентство, телефон, ссылка, город)</translation>
    </message>
    <message>
      <source>A child is involved (or a person believed to be under 18): saving creates two open tasks due today, the reports to the Commission on Minors' Affairs and to the guardianship and custody authority.</source>
      <translation>Речь идёт о ребёнке (или о человеке, предположительно младше 18 лет): при сохранении создаются две открытые задачи на сегодня — сообщения в Комиссию по делам несовершеннолетних и в орган опеки и попечительства.</translation>
    </message>
    <message>
      <source>A relative may be involved in the trafficking</source>
      <translation>Возможно, в торговле замешан родственник</translation>
    </message>
    <message>
      <source>A relative may be involved: do not call the family back, and if the caller is that relative, do not tell them what will be done (reports, referrals, where the person is). A relative's consent does not count.</source>
      <translation>Возможно, замешан родственник: не перезванивайте семье, а если звонит этот родственник, не говорите ему, что будет сделано (сообщения, направления, где находится человек). Согласие родственника не принимается.</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Канал</translation>
    </message>
    <message>
      <source>Child involved</source>
      <translation>Затронут ребёнок</translation>
    </message>
    <message>
      <source>Consent of the person concerned (their own) to share their details with the police or another state body, or to a shelter placement</source>
      <translation>Согласие самого человека на передачу его данных полиции или другому государственному органу либо на размещение в приюте</translation>
    </message>
    <message>
      <source>Consent to share with state bodies</source>
      <translation>Согласие на передачу государственным органам</translation>
    </message>
    <message>
      <source>How the caller heard of 152</source>
      <translation>Откуда звонящий узнал о 152</translation>
    </message>
    <message>
      <source>How they heard of 152</source>
      <translation>Откуда узнали о 152</translation>
    </message>
    <message>
      <source>Immediate danger</source>
      <translation>Непосредственная опасность</translation>
    </message>
    <message>
      <source>Nature of the call</source>
      <translation>Характер звонка</translation>
    </message>
    <message>
      <source>Possible victim of trafficking</source>
      <translation>Возможная жертва торговли людьми</translation>
    </message>
  </context>
  <context>
    <name>CallLogModel</name>
    <message>
      <source>Being reviewed by {name}</source>
      <translation>Проверяет {name}</translation>
    </message>
    <message>
      <source>Child</source>
      <translation>Ребёнок</translation>
    </message>
    <message>
      <source>Danger</source>
      <translation>Опасность</translation>
    </message>
    <message>
      <source>Date and time</source>
      <translation>Дата и время</translation>
    </message>
    <message>
      <source>Duration</source>
      <translation>Длительность</translation>
    </message>
    <message>
      <source>Entered by {name} on behalf of the operator</source>
      <translation>Внесён {name} от имени оператора</translation>
    </message>
    <message>
      <source>Flags</source>
      <translation>Отметки</translation>
    </message>
    <message>
      <source>Open tasks</source>
      <translation>Открытые задачи</translation>
    </message>
    <message>
      <source>Operator</source>
      <translation>Оператор</translation>
    </message>
    <message>
      <source>Other topics</source>
      <translation>Другие темы</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Результат</translation>
    </message>
    <message>
      <source>Possible victim</source>
      <translation>Возможная жертва</translation>
    </message>
    <message>
      <source>Primary topic</source>
      <translation>Основная тема</translation>
    </message>
    <message>
      <source>Pseudonym</source>
      <translation>Псевдоним</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Проверка</translation>
    </message>
  </context>
  <context>
    <name>CallLogPage</name>
    <message>
      <source>All time</source>
      <translation>За всё время</translation>
    </message>
    <message>
      <source>Any operator</source>
      <translation>Любой оператор</translation>
    </message>
    <message>
      <source>Any outcome or referral</source>
      <translation>Любой результат или направление</translation>
    </message>
    <message>
      <source>Any topic</source>
      <translation>Любая тема</translation>
    </message>
    <message>
      <source>Calls found: {n}</source>
      <translation>Найдено звонков: {n}</translation>
    </message>
    <message>
      <source>Calls mentioning: {value}</source>
      <translation>Звонки с упоминанием: {value}</translation>
    </message>
    <message>
      <source>Child</source>
      <translation>Ребёнок</translation>
    </message>
    <message>
      <source>Clear filters</source>
      <translation>Сбросить фильтры</translation>
    </message>
    <message>
      <source>Counting…</source>
      <translation>Подсчёт…</translation>
    </message>
    <message>
      <source>Danger</source>
      <translation>Опасность</translation>
    </message>
    <message>
      <source>Dates…</source>
      <translation>Даты…</translation>
    </message>
    <message>
      <source>Delete filter</source>
      <translation>Удалить фильтр</translation>
    </message>
    <message>
      <source>From</source>
      <translation>С</translation>
    </message>
    <message>
      <source>Hide calls without content</source>
      <translation>Скрыть звонки без содержания</translation>
    </message>
    <message>
      <source>Last 12 months</source>
      <translation>Последние 12 месяцев</translation>
    </message>
    <message>
      <source>Last 30 days</source>
      <translation>Последние 30 дней</translation>
    </message>
    <message>
      <source>Last 7 days</source>
      <translation>Последние 7 дней</translation>
    </message>
    <message>
      <source>Name of the filter:</source>
      <translation>Название фильтра:</translation>
    </message>
    <message>
      <source>Open tasks</source>
      <translation>Открытые задачи</translation>
    </message>
    <message>
      <source>Possible victim</source>
      <translation>Возможная жертва</translation>
    </message>
    <message>
      <source>Save filter</source>
      <translation>Сохранить фильтр</translation>
    </message>
    <message>
      <source>Save filter…</source>
      <translation>Сохранить фильтр…</translation>
    </message>
    <message>
      <source>Saved filters</source>
      <translation>Сохранённые фильтры</translation>
    </message>
    <message>
      <source>Search the notes (az, ru, en)…</source>
      <translation>Поиск по заметкам (az, ru, en)…</translation>
    </message>
    <message>
      <source>Searching…</source>
      <translation>Поиск…</translation>
    </message>
    <message>
      <source>Show all calls</source>
      <translation>Показать все звонки</translation>
    </message>
    <message>
      <source>The call log could not be read; try again.</source>
      <translation>Не удалось прочитать журнал звонков; попробуйте ещё раз.</translation>
    </message>
    <message>
      <source>To</source>
      <translation>По</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Сегодня</translation>
    </message>
  </context>
  <context>
    <name>CallTimer</name>
    <message>
      <source>Call duration</source>
      <translation>Длительность звонка</translation>
    </message>
    <message>
      <source>Time since the call started</source>
      <translation>Время с начала звонка</translation>
    </message>
  </context>
  <context>
    <name>CallerHistory</name>
    <message>
      <source>DO NOT CALL BACK</source>
      <translation>НЕ ПЕРЕЗВАНИВАТЬ</translation>
    </message>
    <message>
      <source>Earlier calls of this caller (coded summary)</source>
      <translation>Прежние звонки этого абонента (кодированная сводка)</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Заметки</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Результат</translation>
    </message>
    <message>
      <source>a relative may be involved: tell a relative nothing of what was done</source>
      <translation>возможно, замешан родственник: родственнику ничего не говорить о принятых мерах</translation>
    </message>
    <message>
      <source>child involved</source>
      <translation>затронут ребёнок</translation>
    </message>
    <message>
      <source>immediate danger</source>
      <translation>непосредственная опасность</translation>
    </message>
    <message>
      <source>possible victim</source>
      <translation>возможная жертва</translation>
    </message>
  </context>
  <context>
    <name>CallerSection</name>
    <message>
      <source>Age band</source>
      <translation>Возрастная группа</translation>
    </message>
    <message>
      <source>An interpreter was needed</source>
      <translation>Понадобился переводчик</translation>
    </message>
    <message>
      <source>Caller: %1</source>
      <translation>Звонящий: %1</translation>
    </message>
    <message>
      <source>Citizenship</source>
      <translation>Гражданство</translation>
    </message>
    <message>
      <source>Country of citizenship</source>
      <translation>Страна гражданства</translation>
    </message>
    <message>
      <source>Language of the call</source>
      <translation>Язык звонка</translation>
    </message>
    <message>
      <source>Region of the call</source>
      <translation>Регион звонка</translation>
    </message>
    <message>
      <source>Relation to the person concerned</source>
      <translation>Отношение к лицу</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Пол</translation>
    </message>
  </context>
  <context>
    <name>CentreBackupsPage</name>
    <message>
      <source>A backup of a centre is PostgreSQL's pg_dump of its database on the server, taken with the server's superuser login for an administrator: the free text, the identities and the data keys are in it as the sealed bytes the server holds. Each one is recorded in a register beside the backup files. Restoring a centre is done on the server: hotline restore --server.</source>
      <translation>Резервная копия центра — это pg_dump его базы данных на сервере средствами PostgreSQL, снятый под учётной записью суперпользователя сервера для администратора: свободный текст, личные данные и ключи данных лежат в ней в виде запечатанных байтов, как их хранит сервер. Каждая копия записывается в реестр рядом с файлами копий. Центр восстанавливается на сервере: hotline restore --server.</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>Сделать копию сейчас</translation>
    </message>
    <message>
      <source>Back up the centre now</source>
      <translation>Сделать копию центра сейчас</translation>
    </message>
    <message>
      <source>Backing up the centre on its server…</source>
      <translation>Снимается копия центра на его сервере…</translation>
    </message>
    <message>
      <source>Backup folder</source>
      <translation>Папка для резервных копий</translation>
    </message>
    <message>
      <source>Backup of the centre written: {path} ({calls} calls, {size}). The free text and identities are in it sealed, as on the server. Keep it away from the server.</source>
      <translation>Копия центра записана: {path} (звонков: {calls}, {size}). Свободный текст и личные данные в ней запечатаны, как на сервере. Храните её вдали от сервера.</translation>
    </message>
    <message>
      <source>Backups in this folder (the register)</source>
      <translation>Копии в этой папке (реестр)</translation>
    </message>
    <message>
      <source>Backups of the centre</source>
      <translation>Резервные копии центра</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Выбрать…</translation>
    </message>
    <message>
      <source>Folder:</source>
      <translation>Папка:</translation>
    </message>
    <message>
      <source>Its password:</source>
      <translation>Его пароль:</translation>
    </message>
    <message>
      <source>The server's superuser:</source>
      <translation>Суперпользователь сервера:</translation>
    </message>
    <message>
      <source>Your password:</source>
      <translation>Ваш пароль:</translation>
    </message>
    <message>
      <source>none chosen yet</source>
      <translation>ещё не выбрана</translation>
    </message>
  </context>
  <context>
    <name>ConcernedSection</name>
    <message>
      <source>Age band</source>
      <translation>Возрастная группа</translation>
    </message>
    <message>
      <source>Age unknown but believed to be under 18</source>
      <translation>Возраст неизвестен, но предположительно младше 18 лет</translation>
    </message>
    <message>
      <source>Assign a new pseudonym</source>
      <translation>Присвоить новый псевдоним</translation>
    </message>
    <message>
      <source>Citizenship</source>
      <translation>Гражданство</translation>
    </message>
    <message>
      <source>Country of citizenship</source>
      <translation>Страна гражданства</translation>
    </message>
    <message>
      <source>Destination or place of exploitation</source>
      <translation>Место назначения или эксплуатации</translation>
    </message>
    <message>
      <source>Form of exploitation</source>
      <translation>Форма эксплуатации</translation>
    </message>
    <message>
      <source>Person concerned: %1</source>
      <translation>Лицо, о котором идёт речь: %1</translation>
    </message>
    <message>
      <source>Pseudonym of the person concerned</source>
      <translation>Псевдоним лица</translation>
    </message>
    <message>
      <source>Sector of forced labour</source>
      <translation>Отрасль принудительного труда</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Пол</translation>
    </message>
    <message>
      <source>The caller is the person concerned: record here what happened to them (sex, age and citizenship as in section 4).</source>
      <translation>Звонящий и есть пострадавший: отметьте здесь, что с ним произошло (пол, возраст и гражданство — как в разделе 4).</translation>
    </message>
    <message>
      <source>Their pseudonym</source>
      <translation>Его/её псевдоним</translation>
    </message>
    <message>
      <source>the pseudonym the desk gave them (it is looked up), or assign one</source>
      <translation>псевдоним от пульта (он будет найден) или назначьте новый</translation>
    </message>
  </context>
  <context>
    <name>Desk</name>
    <message>
      <source>DEMO</source>
      <translation>ДЕМО</translation>
    </message>
    <message>
      <source>Preparing the demo desk with invented calls…</source>
      <translation>Готовится демо-пульт с вымышленными звонками…</translation>
    </message>
  </context>
  <context>
    <name>DeskCheckPage</name>
    <message>
      <source>A backup or an export manifest kept elsewhere</source>
      <translation>Копия или манифест экспорта, хранящиеся в другом месте</translation>
    </message>
    <message>
      <source>Active users</source>
      <translation>Активные пользователи</translation>
    </message>
    <message>
      <source>Audit entries</source>
      <translation>Записи аудита</translation>
    </message>
    <message>
      <source>Calls</source>
      <translation>Звонки</translation>
    </message>
    <message>
      <source>Checked against {path}.</source>
      <translation>Сверено с {path}.</translation>
    </message>
    <message>
      <source>Checks every page of the database, its integrity, the key slots against the users, the audit chain and its head, the rows of calls and users against the log, and the backup register. Against a backup or an export manifest kept elsewhere, it also shows whether the desk was rolled back since.</source>
      <translation>Проверяет каждую страницу базы данных и её целостность, слоты ключей по пользователям, цепочку аудита и её вершину, строки звонков и пользователей по журналу, а также реестр резервных копий. По копии или манифесту экспорта, хранящимся в другом месте, показывает ещё, не откатывали ли пульт с тех пор.</translation>
    </message>
    <message>
      <source>Checks the centre's audit chain on its server: every entry's signature and link, the members' keys and roles against the chain, the calls against their entries, the sealing register, and the head of the chain this workstation saw last.</source>
      <translation>Проверяет цепочку аудита центра на его сервере: подпись и звено каждой записи, ключи и роли участников по цепочке, звонки по их записям, реестр опечатывания и вершину цепочки, которую это рабочее место видело последней.</translation>
    </message>
    <message>
      <source>Database version</source>
      <translation>Версия базы данных</translation>
    </message>
    <message>
      <source>Give the database a new key now? Everyone keeps their password; the desk stays open. Write a new backup afterwards.</source>
      <translation>Дать базе данных новый ключ сейчас? Пароли у всех остаются прежними; пульт остаётся открытым. После этого сделайте новую копию.</translation>
    </message>
    <message>
      <source>Give the database a new key…</source>
      <translation>Дать базе данных новый ключ…</translation>
    </message>
    <message>
      <source>Gives the database a new key and seals it again to every user's key slot, without anyone's password. Do it after disabling a user who may have kept a copy of the desk's files. Backups written before keep the old key and are restored with the passwords of their day.</source>
      <translation>Даёт базе данных новый ключ и заново запечатывает его в слот ключей каждого пользователя, без чьих-либо паролей. Делайте это после отключения пользователя, который мог сохранить копию файлов пульта. Ранее сделанные копии остаются со старым ключом и восстанавливаются с паролями своего дня.</translation>
    </message>
    <message>
      <source>Giving the database a new key…</source>
      <translation>База данных получает новый ключ…</translation>
    </message>
    <message>
      <source>Problems found (%1):</source>
      <translation>Найдены проблемы (%1):</translation>
    </message>
    <message>
      <source>The centre's audit chain checks clean on its server.</source>
      <translation>Цепочка аудита центра на его сервере проверена без замечаний.</translation>
    </message>
    <message>
      <source>The database has a new key (generation {generation}); every slot was rewrapped. Write a new backup now.</source>
      <translation>У базы данных новый ключ (поколение {generation}); все слоты перезапечатаны. Сделайте сейчас новую копию.</translation>
    </message>
    <message>
      <source>The database key</source>
      <translation>Ключ базы данных</translation>
    </message>
    <message>
      <source>The database, the key file and the audit chain check clean.</source>
      <translation>База данных, файл ключей и цепочка аудита проверены без замечаний.</translation>
    </message>
    <message>
      <source>Verify against a backup kept elsewhere…</source>
      <translation>Сверить с копией, хранящейся в другом месте…</translation>
    </message>
    <message>
      <source>Verify now</source>
      <translation>Проверить сейчас</translation>
    </message>
    <message>
      <source>Verify the centre</source>
      <translation>Проверить центр</translation>
    </message>
    <message>
      <source>Verify the desk</source>
      <translation>Проверка пульта</translation>
    </message>
    <message>
      <source>Verifying…</source>
      <translation>Идёт проверка…</translation>
    </message>
    <message>
      <source>Warnings:</source>
      <translation>Предупреждения:</translation>
    </message>
  </context>
  <context>
    <name>DetailPane</name>
    <message>
      <source>Address</source>
      <translation>Адрес</translation>
    </message>
    <message>
      <source>Call {id}</source>
      <translation>Звонок {id}</translation>
    </message>
    <message>
      <source>Call {id} · {when} · {operator}</source>
      <translation>Звонок {id} · {when} · {operator}</translation>
    </message>
    <message>
      <source>Call-back</source>
      <translation>Обратный звонок</translation>
    </message>
    <message>
      <source>Caller</source>
      <translation>Звонящий</translation>
    </message>
    <message>
      <source>Choose a call in the list to see it here.</source>
      <translation>Выберите звонок в списке, чтобы увидеть его здесь.</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <source>Coded record</source>
      <translation>Закодированная запись</translation>
    </message>
    <message>
      <source>Corrections</source>
      <translation>Исправления</translation>
    </message>
    <message>
      <source>Do not call back.</source>
      <translation>Не перезванивать.</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Документ</translation>
    </message>
    <message>
      <source>Duration</source>
      <translation>Длительность</translation>
    </message>
    <message>
      <source>Identity details (vault)</source>
      <translation>Личные данные (хранилище)</translation>
    </message>
    <message>
      <source>Mentioned in other calls</source>
      <translation>Упоминается в других звонках</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <source>No call chosen</source>
      <translation>Звонок не выбран</translation>
    </message>
    <message>
      <source>No comments.</source>
      <translation>Комментариев нет.</translation>
    </message>
    <message>
      <source>No corrections: the record is as the operator saved it.</source>
      <translation>Исправлений нет: запись такая, как её сохранил оператор.</translation>
    </message>
    <message>
      <source>No tasks.</source>
      <translation>Задач нет.</translation>
    </message>
    <message>
      <source>Nobody has read the notes or identity details yet.</source>
      <translation>Заметки и личные данные ещё никто не читал.</translation>
    </message>
    <message>
      <source>Notes (reading them is recorded)</source>
      <translation>Заметки (их чтение записывается)</translation>
    </message>
    <message>
      <source>OVERDUE</source>
      <translation>ПРОСРОЧЕНО</translation>
    </message>
    <message>
      <source>Other calls of the same person</source>
      <translation>Другие звонки того же человека</translation>
    </message>
    <message>
      <source>Other topics</source>
      <translation>Другие темы</translation>
    </message>
    <message>
      <source>Person concerned</source>
      <translation>Лицо, о котором идёт речь</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <source>Pseudonym: {p}</source>
      <translation>Псевдоним: {p}</translation>
    </message>
    <message>
      <source>Read identity details</source>
      <translation>Прочитать личные данные</translation>
    </message>
    <message>
      <source>Reason for reading (required, recorded)</source>
      <translation>Причина чтения (обязательно, записывается)</translation>
    </message>
    <message>
      <source>Returned to the operator: {c}</source>
      <translation>Возвращён оператору: {c}</translation>
    </message>
    <message>
      <source>Review comments</source>
      <translation>Комментарии проверки</translation>
    </message>
    <message>
      <source>Review: {state}</source>
      <translation>Проверка: {state}</translation>
    </message>
    <message>
      <source>Sealed. Reading is allowed to supervisors, with a reason.</source>
      <translation>Запечатано. Читать могут только руководители смены, указав причину.</translation>
    </message>
    <message>
      <source>Show every call that mentions it</source>
      <translation>Показать все звонки, где это упоминается</translation>
    </message>
    <message>
      <source>Tasks</source>
      <translation>Задачи</translation>
    </message>
    <message>
      <source>The vault entry is empty.</source>
      <translation>Запись в хранилище пуста.</translation>
    </message>
    <message>
      <source>Who has seen this record</source>
      <translation>Кто видел эту запись</translation>
    </message>
    <message>
      <source>claimed by {name}</source>
      <translation>взял {name}</translation>
    </message>
    <message>
      <source>done</source>
      <translation>выполнена</translation>
    </message>
    <message>
      <source>due {date}</source>
      <translation>срок {date}</translation>
    </message>
    <message>
      <source>entered by {name} on the operator's behalf</source>
      <translation>внесён {name} от имени оператора</translation>
    </message>
    <message>
      <source>no</source>
      <translation>нет</translation>
    </message>
    <message>
      <source>open</source>
      <translation>открыта</translation>
    </message>
    <message>
      <source>read the identity details</source>
      <translation>прочитал(а) личные данные</translation>
    </message>
    <message>
      <source>read the notes</source>
      <translation>прочитал(а) заметки</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>да</translation>
    </message>
    <message>
      <source>{kind} “{value}”: in {calls} calls from one region</source>
      <translation>{kind} «{value}»: в {calls} звонках из одного региона</translation>
    </message>
    <message>
      <source>{kind} “{value}”: in {calls} calls from {regions} regions</source>
      <translation>{kind} «{value}»: в {calls} звонках из {regions} регионов</translation>
    </message>
    <message>
      <source>{kind} “{value}”: only in this call</source>
      <translation>{kind} «{value}»: только в этом звонке</translation>
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
      <translation>2026-11-30 или 30.11.2026</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Адрес</translation>
    </message>
    <message>
      <source>Azerbaijani</source>
      <translation>по-азербайджански</translation>
    </message>
    <message>
      <source>Checked today</source>
      <translation>Проверено сегодня</translation>
    </message>
    <message>
      <source>Delete this entry</source>
      <translation>Удалить эту запись</translation>
    </message>
    <message>
      <source>Directory entries</source>
      <translation>Записи справочника</translation>
    </message>
    <message>
      <source>English</source>
      <translation>по-английски</translation>
    </message>
    <message>
      <source>For the outcome</source>
      <translation>Для результата</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>Часы работы</translation>
    </message>
    <message>
      <source>Last checked</source>
      <translation>Последняя проверка</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>New entry</source>
      <translation>Новая запись</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Примечание</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <source>Press again to delete</source>
      <translation>Нажмите ещё раз, чтобы удалить</translation>
    </message>
    <message>
      <source>Referral directory</source>
      <translation>Справочник направлений</translation>
    </message>
    <message>
      <source>Russian</source>
      <translation>по-русски</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>Saved: %1. Operators see it from their next call.</source>
      <translation>Сохранено: %1. Операторы увидят это со следующего звонка.</translation>
    </message>
    <message>
      <source>Saved: %1. The operators see it now.</source>
      <translation>Сохранено: %1. Операторы видят это сразу.</translation>
    </message>
    <message>
      <source>The directory is the centre's, kept on its server: the operators of every workstation of the centre see the same entries.</source>
      <translation>Справочник принадлежит центру и хранится на его сервере: операторы всех рабочих мест центра видят одни и те же записи.</translation>
    </message>
    <message>
      <source>The entry was deleted.</source>
      <translation>Запись удалена.</translation>
    </message>
    <message>
      <source>Type the date of the last check like 2026-11-30.</source>
      <translation>Введите дату последней проверки в виде 2026-11-30.</translation>
    </message>
    <message>
      <source>Web site</source>
      <translation>Сайт</translation>
    </message>
    <message>
      <source>What they offer</source>
      <translation>Что предлагают</translation>
    </message>
    <message>
      <source>Who the operators call for each outcome. What you save here is shown beside the outcome from the operator's next call; every change is audited.</source>
      <translation>Куда операторы обращаются по каждому результату. Сохранённое здесь показывается рядом с результатом со следующего звонка оператора; каждое изменение записывается в журнал аудита.</translation>
    </message>
    <message>
      <source>no number</source>
      <translation>нет номера</translation>
    </message>
  </context>
  <context>
    <name>EntityList</name>
    <message>
      <source>Add an entity the caller mentions</source>
      <translation>Добавить упомянутый объект</translation>
    </message>
  </context>
  <context>
    <name>EntityRow</name>
    <message>
      <source>Entity value</source>
      <translation>Значение объекта</translation>
    </message>
    <message>
      <source>Kind of entity</source>
      <translation>Вид объекта</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Remove this entity</source>
      <translation>Удалить этот объект</translation>
    </message>
    <message numerus="yes">
      <source>already reported in %n call(s)</source>
      <translation>
        <numerusform>уже упоминалось в %n звонке</numerusform>
        <numerusform>уже упоминалось в %n звонках</numerusform>
        <numerusform>уже упоминалось в %n звонках</numerusform>
      </translation>
    </message>
    <message>
      <source>as the caller said it</source>
      <translation>как сказал звонящий</translation>
    </message>
  </context>
  <context>
    <name>ExportPage</name>
    <message>
      <source>Already exported: the same figures are written again.</source>
      <translation>Уже экспортировано: записываются те же цифры.</translation>
    </message>
    <message>
      <source>An export for partners needs a second person: request %1 was made. Another administrator or a supervisor approves it on their Approvals page, signed in as themselves; then export again.</source>
      <translation>Выгрузка для партнёров требует второго человека: отправлен запрос %1. Другой администратор или супервайзер, войдя под своим именем, одобряет его на странице «Одобрения»; затем выгрузите снова.</translation>
    </message>
    <message>
      <source>Audience</source>
      <translation>Получатели</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Отмена…</translation>
    </message>
    <message>
      <source>Counting and checking the table…</source>
      <translation>Подсчёт и проверка таблицы…</translation>
    </message>
    <message>
      <source>Earlier exports</source>
      <translation>Прежние экспорты</translation>
    </message>
    <message>
      <source>Export to</source>
      <translation>Сохранить в</translation>
    </message>
    <message>
      <source>Exported again, the same figures as before: {path}</source>
      <translation>Экспортировано повторно, те же цифры, что и раньше: {path}</translation>
    </message>
    <message>
      <source>Exported at (UTC)</source>
      <translation>Время экспорта (UTC)</translation>
    </message>
    <message>
      <source>Exported with its signed manifest: {path}</source>
      <translation>Экспортировано с подписанным манифестом: {path}</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>Экспорт…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Экспортировать…</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Формат</translation>
    </message>
    <message>
      <source>Language of the file</source>
      <translation>Язык файла</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <source>Partners under protocol</source>
      <translation>Партнёры по протоколу</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Период</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Предпросмотр</translation>
    </message>
    <message>
      <source>Public and parliament</source>
      <translation>Общественность и парламент</translation>
    </message>
    <message>
      <source>Request %1 for this export still waits for a second person's approval (Approvals); export again once it is approved.</source>
      <translation>Запрос %1 на эту выгрузку всё ещё ждёт одобрения второго человека («Одобрения»); выгрузите снова, когда он будет одобрен.</translation>
    </message>
    <message>
      <source>Suppressed: not published</source>
      <translation>Скрыто: не публикуется</translation>
    </message>
    <message>
      <source>Table</source>
      <translation>Таблица</translation>
    </message>
    <message>
      <source>{name} (k = {k})</source>
      <translation>{name} (k = {k})</translation>
    </message>
    <message>
      <source>{published} cells published, {suppressed} suppressed (marked {marker}); the audit passed with k = {k}.</source>
      <translation>Публикуется ячеек: {published}, скрыто: {suppressed} (отмечены {marker}); проверка пройдена при k = {k}.</translation>
    </message>
  </context>
  <context>
    <name>HealthPage</name>
    <message>
      <source>%1 findings of sign-ins are not acknowledged.</source>
      <translation>Находок при входах, не принятых к сведению: %1.</translation>
    </message>
    <message>
      <source>%1 follow-up tasks are overdue.</source>
      <translation>Просроченных задач: %1.</translation>
    </message>
    <message>
      <source>%1 reports to the Commission on Minors' Affairs are open for more than a day (calls %2).</source>
      <translation>Сообщений в Комиссию по делам несовершеннолетних, открытых дольше суток: %1 (звонки %2).</translation>
    </message>
    <message>
      <source>A centre's backups are dumps of its server, listed in the folder they were written to; this workstation does not know that folder.</source>
      <translation>Резервные копии центра — это дампы его сервера, учтённые в папке, куда они записаны; эта рабочая станция не знает этой папки.</translation>
    </message>
    <message>
      <source>A copy of its files could be attacked elsewhere by guessing passwords: keep this machine's disk encrypted and its backups locked away.</source>
      <translation>Копию его файлов можно атаковать в другом месте подбором паролей: держите диск этого компьютера зашифрованным, а резервные копии — под замком.</translation>
    </message>
    <message>
      <source>Ask the supervisors to go through them on the Tasks page.</source>
      <translation>Попросите супервайзеров разобрать их на странице «Задачи».</translation>
    </message>
    <message>
      <source>Ask them to change it at their next sign-in (Desk ▸ Change my password).</source>
      <translation>Попросите их сменить его при следующем входе («Пульт ▸ Сменить мой пароль»).</translation>
    </message>
    <message>
      <source>Check the disk of this machine.</source>
      <translation>Проверьте диск этого компьютера.</translation>
    </message>
    <message>
      <source>Desk health</source>
      <translation>Состояние пульта</translation>
    </message>
    <message>
      <source>Do not trust it: make a new backup now and tell the person responsible for the desk.</source>
      <translation>Не доверяйте ему: сейчас же сделайте новую резервную копию и сообщите ответственному за пульт.</translation>
    </message>
    <message>
      <source>Every user has chosen their own password.</source>
      <translation>Каждый пользователь выбрал собственный пароль.</translation>
    </message>
    <message>
      <source>Free disk space on this workstation: %1 GiB (the centre's calls are on its server; here are only the drafts and the calls not sent yet).</source>
      <translation>Свободное место на диске этой рабочей станции: %1 ГиБ (звонки центра хранятся на его сервере; здесь только черновики и ещё не отправленные звонки).</translation>
    </message>
    <message>
      <source>Free disk space: %1 GiB.</source>
      <translation>Свободно на диске: %1 ГиБ.</translation>
    </message>
    <message>
      <source>Free some space soon: the desk stops saving when the disk is full.</source>
      <translation>Скоро освободите место: при заполненном диске пульт перестаёт сохранять.</translation>
    </message>
    <message>
      <source>Free space now: the desk may soon stop saving calls.</source>
      <translation>Освободите место сейчас: пульт может скоро перестать сохранять звонки.</translation>
    </message>
    <message>
      <source>Keep this machine's disk encrypted.</source>
      <translation>Держите диск этого компьютера зашифрованным.</translation>
    </message>
    <message>
      <source>Make a backup now and keep it away from this machine.</source>
      <translation>Сделайте резервную копию сейчас и храните её отдельно от этого компьютера.</translation>
    </message>
    <message>
      <source>Make a backup now: every call since the last one would be lost with this machine.</source>
      <translation>Сделайте резервную копию сейчас: вместе с этим компьютером пропадут все звонки с последней копии.</translation>
    </message>
    <message>
      <source>Make a backup today.</source>
      <translation>Сделайте резервную копию сегодня.</translation>
    </message>
    <message>
      <source>No finding of a sign-in is waiting.</source>
      <translation>Нет ожидающих находок при входах.</translation>
    </message>
    <message>
      <source>No follow-up task is overdue.</source>
      <translation>Просроченных задач нет.</translation>
    </message>
    <message>
      <source>No report to the Commission on Minors' Affairs is late.</source>
      <translation>Просроченных сообщений в Комиссию по делам несовершеннолетних нет.</translation>
    </message>
    <message>
      <source>Nothing to do.</source>
      <translation>Ничего делать не нужно.</translation>
    </message>
    <message>
      <source>On a centre, a cut or changed audit chain refuses the sign-in itself: no finding waits.</source>
      <translation>В центре обрезанная или изменённая цепочка аудита не допускает сам вход: ожидающих находок нет.</translation>
    </message>
    <message>
      <source>On the Backups page, open the folder and check the newest is recent.</source>
      <translation>На странице «Резервные копии» откройте папку и проверьте, что новейшая копия свежая.</translation>
    </message>
    <message>
      <source>Press “Verify now”.</source>
      <translation>Нажмите «Проверить сейчас».</translation>
    </message>
    <message>
      <source>Read them on the Audit log page (Verify the chain); restore a backup from before the change.</source>
      <translation>Прочитайте их на странице «Журнал аудита» («Проверить цепочку»); восстановите резервную копию, сделанную до изменения.</translation>
    </message>
    <message>
      <source>Read them on the Audit log page, act, and acknowledge each with what was done.</source>
      <translation>Прочитайте их на странице «Журнал аудита», примите меры и примите каждую к сведению, указав, что сделано.</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Обновить</translation>
    </message>
    <message>
      <source>Still on the password an administrator set: %1.</source>
      <translation>Всё ещё с паролем, заданным администратором: %1.</translation>
    </message>
    <message>
      <source>The backup register was changed outside the desk.</source>
      <translation>Реестр резервных копий изменён вне пульта.</translation>
    </message>
    <message>
      <source>The daily backup failed %1: %2</source>
      <translation>Ежедневная резервная копия не записана %1: %2</translation>
    </message>
    <message>
      <source>The desk has never been verified.</source>
      <translation>Пульт ещё ни разу не проверялся.</translation>
    </message>
    <message>
      <source>The desk is bound to this machine's keychain (%1).</source>
      <translation>Пульт привязан к хранилищу ключей этого компьютера (%1).</translation>
    </message>
    <message>
      <source>The desk is not bound to this machine's keychain.</source>
      <translation>Пульт не привязан к хранилищу ключей этого компьютера.</translation>
    </message>
    <message>
      <source>The free disk space could not be read.</source>
      <translation>Не удалось узнать свободное место на диске.</translation>
    </message>
    <message>
      <source>The last verify (%1) checked clean.</source>
      <translation>Последняя проверка (%1) прошла без замечаний.</translation>
    </message>
    <message>
      <source>The last verify (%1) found %2 problems.</source>
      <translation>Последняя проверка (%1) нашла проблем: %2.</translation>
    </message>
    <message>
      <source>The newest verified backup is %1 hours old (%2).</source>
      <translation>Самой новой проверенной резервной копии %1 ч. (%2).</translation>
    </message>
    <message>
      <source>There is no verified backup yet.</source>
      <translation>Проверенной резервной копии пока нет.</translation>
    </message>
    <message>
      <source>They are due within a day: ask the supervisors to send them today.</source>
      <translation>Их нужно отправить в течение суток: попросите супервайзеров отправить их сегодня.</translation>
    </message>
    <message>
      <source>This workstation's secret is in a file, not in a keychain.</source>
      <translation>Секрет этой рабочей станции хранится в файле, а не в связке ключей.</translation>
    </message>
    <message>
      <source>This workstation's secret is in its keychain (%1).</source>
      <translation>Секрет этой рабочей станции хранится в её связке ключей (%1).</translation>
    </message>
    <message>
      <source>Verify again: once a week at least.</source>
      <translation>Проверьте снова: не реже раза в неделю.</translation>
    </message>
    <message>
      <source>Verify now</source>
      <translation>Проверить сейчас</translation>
    </message>
    <message>
      <source>act now</source>
      <translation>действуйте сейчас</translation>
    </message>
    <message>
      <source>fine</source>
      <translation>в порядке</translation>
    </message>
    <message>
      <source>needs attention</source>
      <translation>требует внимания</translation>
    </message>
  </context>
  <context>
    <name>HelpMenu</name>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Справка</translation>
    </message>
    <message>
      <source>About the 152 hotline desk…</source>
      <translation>О пульте горячей линии 152…</translation>
    </message>
  </context>
  <context>
    <name>IdentitySection</name>
    <message>
      <source>11. Identity details (only with the person's consent)</source>
      <translation>11. Личные данные (только с согласия лица)</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Адрес</translation>
    </message>
    <message>
      <source>Document number</source>
      <translation>Номер документа</translation>
    </message>
    <message>
      <source>Identity details held (sealed in the vault; only a supervisor can open them)</source>
      <translation>Личные данные сохранены (запечатаны в хранилище; открыть может только супервайзер)</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <source>Sealed when saved: after that you cannot read them back.</source>
      <translation>При сохранении запечатываются: после этого прочитать их нельзя.</translation>
    </message>
    <message>
      <source>The person consents to keeping their identity details</source>
      <translation>Лицо согласно на хранение своих личных данных</translation>
    </message>
    <message>
      <source>only with consent: tick the box above</source>
      <translation>только с согласия: отметьте поле выше</translation>
    </message>
  </context>
  <context>
    <name>ImportPage</name>
    <message>
      <source>A CSV or XLSX file of the old log; nothing is read before you choose it.</source>
      <translation>Файл CSV или XLSX старого журнала; пока вы его не выберете, ничего не читается.</translation>
    </message>
    <message>
      <source>All {rows} rows can be imported; nothing was written yet.</source>
      <translation>Все {rows} строк можно импортировать; пока ничего не записано.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Отмена…</translation>
    </message>
    <message>
      <source>Checking and importing…</source>
      <translation>Проверка и импорт…</translation>
    </message>
    <message>
      <source>Checking every row…</source>
      <translation>Проверка каждой строки…</translation>
    </message>
    <message>
      <source>Choose a file…</source>
      <translation>Выбрать файл…</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>Столбец</translation>
    </message>
    <message>
      <source>Columns of the file and the field each fills</source>
      <translation>Столбцы файла и поле, которое заполняет каждый</translation>
    </message>
    <message>
      <source>Confirm mapping</source>
      <translation>Подтвердить сопоставление</translation>
    </message>
    <message>
      <source>Dry run</source>
      <translation>Пробная проверка</translation>
    </message>
    <message>
      <source>Every value is mapped. Check the mapping, then confirm it.</source>
      <translation>Все значения сопоставлены. Проверьте сопоставление и подтвердите его.</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Поле</translation>
    </message>
    <message>
      <source>Header</source>
      <translation>Заголовок</translation>
    </message>
    <message>
      <source>Header and first values</source>
      <translation>Заголовок и первые значения</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Импортировать</translation>
    </message>
    <message>
      <source>Import the {rows} rows of the file as calls? Every row is checked again first; one problem and nothing is imported.</source>
      <translation>Импортировать {rows} строк файла как звонки? Сначала каждая строка проверяется снова; при одной проблеме ничего не импортируется.</translation>
    </message>
    <message>
      <source>Imported {count} calls. The mapping was kept for the next file.</source>
      <translation>Импортировано звонков: {count}. Сопоставление сохранено для следующего файла.</translation>
    </message>
    <message>
      <source>Mapping confirmed and kept in the desk for the next file. Preview the first rows, or check every row with a dry run.</source>
      <translation>Сопоставление подтверждено и сохранено в пульте для следующего файла. Посмотрите первые строки или проверьте все строки пробной проверкой.</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Предпросмотр</translation>
    </message>
    <message>
      <source>Preview: the first rows as they will be stored</source>
      <translation>Предпросмотр: первые строки так, как они будут сохранены</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Проблема</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Проблемы</translation>
    </message>
    <message>
      <source>Reading {name}…</source>
      <translation>Чтение {name}…</translation>
    </message>
    <message>
      <source>Reject: its rows are problems</source>
      <translation>Отклонить: его строки — проблемы</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Строка</translation>
    </message>
    <message>
      <source>Rows</source>
      <translation>Строк</translation>
    </message>
    <message>
      <source>Rows without an operator:</source>
      <translation>Строки без оператора:</translation>
    </message>
    <message>
      <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
      <translation>Таблицы (*.csv *.xlsx *.txt);;Все файлы (*)</translation>
    </message>
    <message>
      <source>Taken for</source>
      <translation>Принимается как</translation>
    </message>
    <message>
      <source>The coded columns hold {count} different values; the first {shown} are listed. Is a column of free text mapped to a coded field?</source>
      <translation>В кодированных столбцах {count} разных значений; показаны первые {shown}. Не сопоставлен ли столбец со свободным текстом с кодированным полем?</translation>
    </message>
    <message>
      <source>The first rows have {count} problems (see Problems).</source>
      <translation>В первых строках проблем: {count} (см. «Проблемы»).</translation>
    </message>
    <message>
      <source>The old log</source>
      <translation>Старый журнал</translation>
    </message>
    <message>
      <source>The saved mapping was changed outside the program (it is not the one an administrator saved), so it was not used: every column and value is guessed anew. Tell the administrator of the desk.</source>
      <translation>Сохранённое сопоставление изменено вне программы (это не то, что сохранил администратор), поэтому оно не использовано: все столбцы и значения определяются заново. Сообщите администратору пульта.</translation>
    </message>
    <message>
      <source>Value in the file</source>
      <translation>Значение в файле</translation>
    </message>
    <message>
      <source>Values of the coded columns (unknown ones first): map or reject them</source>
      <translation>Значения кодированных столбцов (сначала неизвестные): сопоставьте или отклоните их</translation>
    </message>
    <message>
      <source>no</source>
      <translation>нет</translation>
    </message>
    <message>
      <source>none: such rows are problems</source>
      <translation>нет: такие строки — проблемы</translation>
    </message>
    <message>
      <source>these rows were already imported on {date}: importing them again stores every call twice</source>
      <translation>эти строки уже импортированы {date}: повторный импорт сохранит каждый звонок дважды</translation>
    </message>
    <message>
      <source>these rows were already imported on {date}; the calls the centre holds are not stored again</source>
      <translation>эти строки уже импортированы {date}; звонки, которые уже есть в центре, повторно не сохраняются</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>да</translation>
    </message>
    <message>
      <source>{count} problems in {rows} rows; nothing was imported. Fix them in the file or in the mapping, then check again.</source>
      <translation>Проблем: {count} в {rows} строках; ничего не импортировано. Исправьте их в файле или в сопоставлении и проверьте снова.</translation>
    </message>
    <message>
      <source>{count} problems; nothing was imported. Fix them in the file or in the mapping, then check again.</source>
      <translation>Проблем: {count}; ничего не импортировано. Исправьте их в файле или в сопоставлении и проверьте снова.</translation>
    </message>
    <message>
      <source>{count} values are not mapped yet (marked): map or reject each.</source>
      <translation>Не сопоставлено значений: {count} (отмечены): сопоставьте или отклоните каждое.</translation>
    </message>
    <message>
      <source>{held} calls of the file were on the centre already (imported before) and were not stored again.</source>
      <translation>{held} звонков файла уже были в центре (импортированы раньше) и не сохранены повторно.</translation>
    </message>
    <message>
      <source>{name}: {rows} rows, {columns} columns</source>
      <translation>{name}: строк {rows}, столбцов {columns}</translation>
    </message>
    <message>
      <source>— left out —</source>
      <translation>— не используется —</translation>
    </message>
    <message>
      <source>— not mapped —</source>
      <translation>— не сопоставлено —</translation>
    </message>
  </context>
  <context>
    <name>IndicatorChecklist</name>
    <message>
      <source>%1 strong, %2 medium, %3 weak indicators</source>
      <translation>Индикаторы: сильных %1, средних %2, слабых %3</translation>
    </message>
    <message>
      <source>Indicators of trafficking (screening checklist)</source>
      <translation>Индикаторы торговли людьми (контрольный список)</translation>
    </message>
    <message>
      <source>No indicators ticked.</source>
      <translation>Индикаторы не отмечены.</translation>
    </message>
    <message>
      <source>Show or hide the indicators checklist</source>
      <translation>Показать или скрыть список индикаторов</translation>
    </message>
    <message>
      <source>These indicators suggest a possible victim of trafficking. Tick the "possible victim" flag below if you agree.</source>
      <translation>Эти индикаторы указывают на возможную жертву торговли людьми. Если вы согласны, отметьте ниже «возможная жертва».</translation>
    </message>
    <message>
      <source>medium</source>
      <translation>средний</translation>
    </message>
    <message>
      <source>strong</source>
      <translation>сильный</translation>
    </message>
    <message>
      <source>weak</source>
      <translation>слабый</translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <source>%1, type your password to go on. Any call you were taking is kept.</source>
      <translation>%1, введите пароль, чтобы продолжить. Звонок, который вы принимали, сохранён.</translation>
    </message>
    <message>
      <source>Checking the password</source>
      <translation>Проверка пароля</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Пароль</translation>
    </message>
    <message>
      <source>Sign out instead</source>
      <translation>Вместо этого выйти</translation>
    </message>
    <message>
      <source>The desk is locked</source>
      <translation>Пульт заблокирован</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Разблокировать</translation>
    </message>
  </context>
  <context>
    <name>LoginWindow</name>
    <message>
      <source>152 — Hotline desk</source>
      <translation>152 — Пульт горячей линии</translation>
    </message>
    <message>
      <source>DEMO</source>
      <translation>ДЕМО</translation>
    </message>
    <message>
      <source>DEMO desk with invented calls, deleted when the program closes. Demo users:</source>
      <translation>ДЕМО-пульт с вымышленными звонками; удаляется при закрытии программы. Демо-пользователи:</translation>
    </message>
    <message>
      <source>Demo users and passwords</source>
      <translation>Демо-пользователи и пароли</translation>
    </message>
    <message>
      <source>Interface language</source>
      <translation>Язык интерфейса</translation>
    </message>
    <message>
      <source>Opening the desk</source>
      <translation>Пульт открывается</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Пароль</translation>
    </message>
    <message>
      <source>Password lost? Use the recovery code</source>
      <translation>Пароль утерян? Используйте код восстановления</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation>Войти</translation>
    </message>
    <message>
      <source>Sign in offline</source>
      <translation>Войти офлайн</translation>
    </message>
    <message>
      <source>Sign in to take calls. Everything stays encrypted.</source>
      <translation>Войдите, чтобы принимать звонки. Всё хранится в зашифрованном виде.</translation>
    </message>
    <message>
      <source>Sign in to the centre on {server}. Notes and identity details are encrypted on this computer before they are sent.</source>
      <translation>Вход в центр на сервере {server}. Заметки и данные о личности шифруются на этом компьютере до отправки.</translation>
    </message>
    <message>
      <source>Type your password.</source>
      <translation>Введите пароль.</translation>
    </message>
    <message>
      <source>Type your user name.</source>
      <translation>Введите имя пользователя.</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>Имя пользователя</translation>
    </message>
    <message>
      <source>You can sign in offline, with this computer's copy of the centre's keys: the calls you save are kept here and sent when the server is back.</source>
      <translation>Можно войти офлайн по копии ключей центра на этом компьютере: сохранённые звонки остаются здесь и отправляются, когда сервер вернётся.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;Desk</source>
      <translation>&amp;Пульт</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Язык</translation>
    </message>
    <message>
      <source>&amp;Pages</source>
      <translation>&amp;Страницы</translation>
    </message>
    <message>
      <source>152 — Hotline desk</source>
      <translation>152 — Пульт горячей линии</translation>
    </message>
    <message>
      <source>Cancel the backup</source>
      <translation>Отменить резервное копирование</translation>
    </message>
    <message>
      <source>Cancelling the backup…</source>
      <translation>Резервное копирование отменяется…</translation>
    </message>
    <message>
      <source>Change my password…</source>
      <translation>Сменить мой пароль…</translation>
    </message>
    <message>
      <source>DEMO</source>
      <translation>ДЕМО</translation>
    </message>
    <message>
      <source>Finishing the backup…</source>
      <translation>Завершается резервное копирование…</translation>
    </message>
    <message>
      <source>Linking earlier calls by the entities they name: %1 of %2 calls</source>
      <translation>Связываем прежние звонки по упомянутым объектам: %1 из %2 звонков</translation>
    </message>
    <message>
      <source>Lock the screen</source>
      <translation>Заблокировать экран</translation>
    </message>
    <message>
      <source>Preparing the notes' search: %1 of %2 calls</source>
      <translation>Подготовка поиска по заметкам: %1 из %2 звонков</translation>
    </message>
    <message>
      <source>Press Esc again at once to hide the screen.</source>
      <translation>Нажмите Esc ещё раз сразу, чтобы скрыть экран.</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Выход</translation>
    </message>
    <message>
      <source>Sealing the notes of the upgraded desk: %1 of %2 texts</source>
      <translation>Заметки обновлённого пульта запечатываются: %1 из %2 текстов</translation>
    </message>
    <message>
      <source>Sign out</source>
      <translation>Выйти из учётной записи</translation>
    </message>
    <message>
      <source>The daily backup was not written: %1 An administrator sees it on Desk health.</source>
      <translation>Ежедневная резервная копия не записана: %1 Администратор увидит это на странице «Состояние пульта».</translation>
    </message>
    <message>
      <source>The daily backup was written and verified.</source>
      <translation>Ежедневная резервная копия записана и проверена.</translation>
    </message>
    <message>
      <source>Your password was changed.</source>
      <translation>Ваш пароль изменён.</translation>
    </message>
  </context>
  <context>
    <name>MyTasks</name>
    <message>
      <source>How it was done: date, reference, to whom</source>
      <translation>Как выполнено: дата, номер, кому</translation>
    </message>
    <message>
      <source>How the task was done</source>
      <translation>Как выполнена задача</translation>
    </message>
    <message>
      <source>My open tasks</source>
      <translation>Мои открытые задачи</translation>
    </message>
    <message>
      <source>My open tasks: %1</source>
      <translation>Мои открытые задачи: %1</translation>
    </message>
    <message>
      <source>Not assigned to you yet: a supervisor records it as done (or assigns it to you).</source>
      <translation>Пока не назначена вам: её отмечает выполненной супервайзер (или назначает вам).</translation>
    </message>
    <message>
      <source>Record as done</source>
      <translation>Отметить как выполненную</translation>
    </message>
    <message>
      <source>Record the selected task as done</source>
      <translation>Отметить выбранную задачу как выполненную</translation>
    </message>
    <message>
      <source>due %1</source>
      <translation>срок %1</translation>
    </message>
  </context>
  <context>
    <name>NoContentBar</name>
    <message>
      <source>Log a call without content: %1</source>
      <translation>Записать звонок без содержания: %1</translation>
    </message>
    <message>
      <source>No content (one key):</source>
      <translation>Без содержания (одна клавиша):</translation>
    </message>
    <message>
      <source>No content? Ctrl+Shift and the letter ends this call as one (S, D, W…)</source>
      <translation>Без содержания? Ctrl+Shift и буква завершают звонок как такой (S, D, W…)</translation>
    </message>
    <message>
      <source>Press %1 when no call is open</source>
      <translation>Нажмите %1, когда нет открытого звонка</translation>
    </message>
    <message>
      <source>This shift: %1 without content</source>
      <translation>За смену: %1 без содержания</translation>
    </message>
  </context>
  <context>
    <name>NotOnCentrePage</name>
    <message>
      <source>A centre is restored on its server, into a new database, with 'hotline restore --server' and a backup the Backups page wrote.</source>
      <translation>Центр восстанавливается на своём сервере, в новую базу данных, командой 'hotline restore --server' из копии, записанной на странице «Резервные копии».</translation>
    </message>
    <message>
      <source>This page is not available on a centre yet. Here it would show only this computer's own copy, not the centre's, so it shows nothing and changes nothing. Nothing was changed.</source>
      <translation>Эта страница пока недоступна в центре. Здесь она показала бы только собственную копию этого компьютера, а не данные центра, поэтому она ничего не показывает и ничего не меняет. Ничего не изменено.</translation>
    </message>
  </context>
  <context>
    <name>Notes</name>
    <message>
      <source>Notes</source>
      <translation>Заметки</translation>
    </message>
    <message>
      <source>Suggested topics (click to tick):</source>
      <translation>Предлагаемые темы (нажмите, чтобы отметить):</translation>
    </message>
    <message>
      <source>Tick the suggested topic %1</source>
      <translation>Отметить предложенную тему: %1</translation>
    </message>
    <message>
      <source>What the caller said, in their words; no names or phone numbers of the caller</source>
      <translation>Что сказал звонящий, его словами; без имени и телефона звонящего</translation>
    </message>
  </context>
  <context>
    <name>OperatorPage</name>
    <message>
      <source>A new pseudonym from the desk: read it out to the caller.</source>
      <translation>Новый псевдоним от пульта: прочтите его звонящему.</translation>
    </message>
    <message numerus="yes">
      <source>A person the desk knows: %n earlier call(s).</source>
      <translation>
        <numerusform>Пульт знает этого человека: %n прежний звонок.</numerusform>
        <numerusform>Пульт знает этого человека: %n прежних звонка.</numerusform>
        <numerusform>Пульт знает этого человека: %n прежних звонков.</numerusform>
      </translation>
    </message>
    <message>
      <source>An unfinished call from %1 (%2 on the timer) was kept after the program closed. Resume it to finish and save it.</source>
      <translation>После закрытия программы сохранён незавершённый звонок от %1 (на таймере %2). Продолжите, чтобы закончить и сохранить его.</translation>
    </message>
    <message>
      <source>Call saved.</source>
      <translation>Звонок сохранён.</translation>
    </message>
    <message>
      <source>Correcting a saved call; Save stores the correction.</source>
      <translation>Исправление сохранённого звонка; «Сохранить» записывает исправление.</translation>
    </message>
    <message>
      <source>Discard it</source>
      <translation>Удалить его</translation>
    </message>
    <message>
      <source>Discard the unfinished call</source>
      <translation>Удалить незавершённый звонок</translation>
    </message>
    <message>
      <source>Follow-up task on your list, due %1.</source>
      <translation>Задача повторного контакта в вашем списке, срок %1.</translation>
    </message>
    <message>
      <source>Identity details held (sealed).</source>
      <translation>Личные данные сохранены (запечатаны).</translation>
    </message>
    <message>
      <source>Logged: %1</source>
      <translation>Записано: %1</translation>
    </message>
    <message>
      <source>Messages</source>
      <translation>Сообщения</translation>
    </message>
    <message>
      <source>No call is open. When the phone rings press Ctrl+N (or the green button). For a call without content (silent, dropped, wrong number...) press the letter shown on its button: one key logs it.</source>
      <translation>Открытого звонка нет. Когда звонит телефон, нажмите Ctrl+N (или зелёную кнопку). Для звонка без содержания (молчание, обрыв, ошибка номера...) нажмите букву на его кнопке: одна клавиша записывает его.</translation>
    </message>
    <message>
      <source>Not typed into any field: the keyboard is on "%1", which takes no text. Move to a text field (Tab, or Alt+0 for the notes) and type again.</source>
      <translation>Ничего не введено: клавиатура на «%1», а там нельзя вводить текст. Перейдите в текстовое поле (Tab или Alt+0 для заметок) и наберите ещё раз.</translation>
    </message>
    <message>
      <source>Resume the unfinished call</source>
      <translation>Продолжить незавершённый звонок</translation>
    </message>
    <message>
      <source>Returned by the supervisor: %1</source>
      <translation>Возвращено супервизором: %1</translation>
    </message>
    <message>
      <source>The call was discarded.</source>
      <translation>Звонок отменён.</translation>
    </message>
    <message>
      <source>The correction was dropped; the saved call is unchanged.</source>
      <translation>Исправление отменено; сохранённый звонок не изменился.</translation>
    </message>
    <message>
      <source>The correction was saved.</source>
      <translation>Исправление сохранено.</translation>
    </message>
    <message>
      <source>The supervisor's comment</source>
      <translation>Комментарий супервизора</translation>
    </message>
    <message>
      <source>The task is recorded as done.</source>
      <translation>Задача отмечена как выполненная.</translation>
    </message>
    <message>
      <source>This call already has content: save it, or discard it first.</source>
      <translation>В этом звонке уже есть содержание: сохраните его или сначала отмените.</translation>
    </message>
    <message>
      <source>Two open tasks created, due today: report to the Commission on Minors' Affairs and to the guardianship and custody authority.</source>
      <translation>Созданы две открытые задачи на сегодня: сообщение в Комиссию по делам несовершеннолетних и в орган опеки и попечительства.</translation>
    </message>
    <message>
      <source>Undo the last one-key call (Ctrl+Z)</source>
      <translation>Отменить последний звонок одной клавишей (Ctrl+Z)</translation>
    </message>
    <message>
      <source>Undone: %1 (not counted)</source>
      <translation>Отменено: %1 (не учитывается)</translation>
    </message>
    <message>
      <source>Unfinished call</source>
      <translation>Незавершённый звонок</translation>
    </message>
    <message>
      <source>What to do next</source>
      <translation>Что делать дальше</translation>
    </message>
    <message>
      <source>the tabs of the window</source>
      <translation>вкладки окна</translation>
    </message>
  </context>
  <context>
    <name>Outcomes</name>
    <message>
      <source>Follow-up task for you, due</source>
      <translation>Задача повторного контакта для вас, срок</translation>
    </message>
    <message>
      <source>Phone numbers for this referral</source>
      <translation>Телефоны для этого направления</translation>
    </message>
    <message>
      <source>checked %1</source>
      <translation>проверено: %1</translation>
    </message>
    <message>
      <source>in 3 days</source>
      <translation>через 3 дня</translation>
    </message>
    <message>
      <source>in a week</source>
      <translation>через неделю</translation>
    </message>
    <message>
      <source>no verified number entered yet</source>
      <translation>проверенный номер ещё не внесён</translation>
    </message>
    <message>
      <source>tomorrow</source>
      <translation>завтра</translation>
    </message>
  </context>
  <context>
    <name>OutsideContactPage</name>
    <message>
      <source>A contact taken outside the desk (walk-in, e-mail or letter, message, referral) is entered here for the operator who took it, with the date and time it really happened.</source>
      <translation>Обращение, принятое вне линии (личный визит, e-mail или письмо, сообщение, направление), вносится здесь от имени принявшего его оператора, с его настоящими датой и временем.</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Канал</translation>
    </message>
    <message>
      <source>Date and time</source>
      <translation>Дата и время</translation>
    </message>
    <message>
      <source>Save the contact</source>
      <translation>Сохранить обращение</translation>
    </message>
    <message>
      <source>Saved for {operator}. The pseudonym was {p}.</source>
      <translation>Сохранено для {operator}. Псевдоним: {p}.</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Сохранение…</translation>
    </message>
    <message>
      <source>Taken by</source>
      <translation>Принял(а)</translation>
    </message>
  </context>
  <context>
    <name>OwnPasswordDialog</name>
    <message>
      <source>&amp;Current password:</source>
      <translation>&amp;Текущий пароль:</translation>
    </message>
    <message>
      <source>Change my password</source>
      <translation>Сменить мой пароль</translation>
    </message>
  </context>
  <context>
    <name>PasswordFields</name>
    <message>
      <source>&amp;New password:</source>
      <translation>&amp;Новый пароль:</translation>
    </message>
    <message>
      <source>At least 15 characters (a few words)</source>
      <translation>Не менее 15 символов (несколько слов)</translation>
    </message>
    <message>
      <source>At most 256 characters</source>
      <translation>Не более 256 символов</translation>
    </message>
    <message>
      <source>Both entries are the same</source>
      <translation>Оба ввода совпадают</translation>
    </message>
    <message>
      <source>New password &amp;again:</source>
      <translation>Новый пароль &amp;ещё раз:</translation>
    </message>
    <message>
      <source>Not a repeated or sequential pattern</source>
      <translation>Не повтор и не последовательность символов</translation>
    </message>
    <message>
      <source>Not just the user name</source>
      <translation>Не просто имя пользователя</translation>
    </message>
    <message>
      <source>Not one of the commonest passwords</source>
      <translation>Не из самых распространённых паролей</translation>
    </message>
  </context>
  <context>
    <name>PrivacyScreen</name>
    <message>
      <source>Press Esc twice to return</source>
      <translation>Нажмите Esc дважды, чтобы вернуться</translation>
    </message>
    <message>
      <source>Privacy screen</source>
      <translation>Экран конфиденциальности</translation>
    </message>
  </context>
  <context>
    <name>Problems</name>
    <message>
      <source>Not saved yet; everything you typed is kept. Missing or wrong:</source>
      <translation>Ещё не сохранено; всё введённое на месте. Не хватает или неверно:</translation>
    </message>
    <message>
      <source>Something went wrong; nothing typed was lost. Try again.</source>
      <translation>Что-то пошло не так; ничего из введённого не потеряно. Попробуйте ещё раз.</translation>
    </message>
    <message>
      <source>That did not work; nothing was changed.</source>
      <translation>Не получилось; ничего не изменено.</translation>
    </message>
    <message>
      <source>That did not work; nothing was written.</source>
      <translation>Не получилось; ничего не записано.</translation>
    </message>
  </context>
  <context>
    <name>RecentCalls</name>
    <message>
      <source>Call</source>
      <translation>Звонок</translation>
    </message>
    <message>
      <source>Correct the selected call</source>
      <translation>Исправить выбранный звонок</translation>
    </message>
    <message>
      <source>DO NOT CALL BACK</source>
      <translation>НЕ ПЕРЕЗВАНИВАТЬ</translation>
    </message>
    <message>
      <source>My calls of the last 24 hours</source>
      <translation>Мои звонки за последние 24 часа</translation>
    </message>
    <message>
      <source>My calls, last 24 hours</source>
      <translation>Мои звонки, последние 24 часа</translation>
    </message>
    <message>
      <source>RETURNED: correct it</source>
      <translation>ВОЗВРАЩЁН: исправьте</translation>
    </message>
    <message>
      <source>Topic and state</source>
      <translation>Тема и состояние</translation>
    </message>
    <message>
      <source>can be corrected</source>
      <translation>можно исправить</translation>
    </message>
    <message>
      <source>reviewed</source>
      <translation>проверен</translation>
    </message>
  </context>
  <context>
    <name>RecoveryPanel</name>
    <message>
      <source>New password</source>
      <translation>Новый пароль</translation>
    </message>
    <message>
      <source>New password again</source>
      <translation>Новый пароль ещё раз</translation>
    </message>
    <message>
      <source>Recovery code</source>
      <translation>Код восстановления</translation>
    </message>
    <message>
      <source>Set the new password and sign in</source>
      <translation>Задать новый пароль и войти</translation>
    </message>
    <message>
      <source>That is not a valid recovery code: check every group of five characters.</source>
      <translation>Это неверный код восстановления: проверьте каждую группу из пяти символов.</translation>
    </message>
    <message>
      <source>The recovery code does not open this desk.</source>
      <translation>Этот код восстановления не открывает этот пульт.</translation>
    </message>
    <message>
      <source>The recovery code was shown once when the desk was set up. It gives the user below a new password; this is recorded in the audit log.</source>
      <translation>Код восстановления был показан один раз при настройке пульта. Он даёт пользователю ниже новый пароль; это записывается в журнал аудита.</translation>
    </message>
    <message>
      <source>The two new passwords differ.</source>
      <translation>Два новых пароля не совпадают.</translation>
    </message>
    <message>
      <source>Type the new password.</source>
      <translation>Введите новый пароль.</translation>
    </message>
    <message>
      <source>Type the user name whose password was lost.</source>
      <translation>Введите имя пользователя, чей пароль утерян.</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>Имя пользователя</translation>
    </message>
  </context>
  <context>
    <name>ResetPasswordDialog</name>
    <message>
      <source>%1 gets a new password and new keys; the old password stops working at once. Give it to them in person and ask them to change it at their first sign-in (Desk ▸ Change my password).</source>
      <translation>%1 получает новый пароль и новые ключи; старый пароль сразу перестаёт действовать. Передайте пароль лично и попросите сменить его при первом входе («Пульт ▸ Сменить мой пароль»).</translation>
    </message>
    <message>
      <source>Reset the password of %1</source>
      <translation>Сбросить пароль пользователя %1</translation>
    </message>
  </context>
  <context>
    <name>RestorePage</name>
    <message>
      <source>Another backup file…</source>
      <translation>Другой файл копии…</translation>
    </message>
    <message>
      <source>Audit log: {count} entries, the last on {when}.</source>
      <translation>Журнал аудита: записей {count}, последняя {when}.</translation>
    </message>
    <message>
      <source>Backup file</source>
      <translation>Файл резервной копии</translation>
    </message>
    <message>
      <source>Backup: {path}</source>
      <translation>Копия: {path}</translation>
    </message>
    <message>
      <source>Backups (*.tar)</source>
      <translation>Резервные копии (*.tar)</translation>
    </message>
    <message>
      <source>Its checks found problems: {problems}</source>
      <translation>Проверки нашли проблемы: {problems}</translation>
    </message>
    <message>
      <source>No calls.</source>
      <translation>Звонков нет.</translation>
    </message>
    <message>
      <source>Nothing was changed. Restore it if this is the backup you want.</source>
      <translation>Ничего не изменено. Восстановите её, если это нужная копия.</translation>
    </message>
    <message>
      <source>Opening the backup beside the desk…</source>
      <translation>Копия открывается рядом с пультом…</translation>
    </message>
    <message>
      <source>Pick a backup above, or another backup file.</source>
      <translation>Выберите копию выше или другой файл копии.</translation>
    </message>
    <message>
      <source>Pick a backup first.</source>
      <translation>Сначала выберите копию.</translation>
    </message>
    <message>
      <source>Replace the whole desk with the backup written {when}? Everything saved since then is replaced (it is kept aside, not deleted), and you will sign in again.</source>
      <translation>Заменить весь пульт копией, записанной {when}? Всё сохранённое с тех пор будет заменено (оно откладывается в сторону, а не удаляется), и вы войдёте заново.</translation>
    </message>
    <message>
      <source>Restore this backup</source>
      <translation>Восстановить эту копию</translation>
    </message>
    <message>
      <source>Restore this backup…</source>
      <translation>Восстановить эту копию…</translation>
    </message>
    <message>
      <source>Restoring puts the whole desk back as it was when the backup was written; what was saved since is not in it. First see what the backup holds: nothing changes until you restore. The files it replaces are kept in a folder beside the desk, and everyone signs in again with the passwords of that day.</source>
      <translation>Восстановление возвращает весь пульт к состоянию на момент записи копии; сохранённого позже в ней нет. Сначала посмотрите, что в копии: до восстановления ничего не меняется. Заменённые файлы сохраняются в папке рядом с пультом, и все входят заново с паролями того дня.</translation>
    </message>
    <message>
      <source>Restoring: unpacking, opening and checking the backup…</source>
      <translation>Восстановление: копия распаковывается, открывается и проверяется…</translation>
    </message>
    <message>
      <source>SHA-256: {digest}</source>
      <translation>SHA-256: {digest}</translation>
    </message>
    <message>
      <source>Show what it holds</source>
      <translation>Показать содержимое</translation>
    </message>
    <message>
      <source>The desk was restored from {path} (written {when}). The files it replaced were moved to {aside}. Sign in again with your password of that day.</source>
      <translation>Пульт восстановлен из {path} (записана {when}). Заменённые файлы перемещены в {aside}. Войдите заново с паролем того дня.</translation>
    </message>
    <message>
      <source>This backup cannot be restored here; nothing was changed.</source>
      <translation>Эту копию нельзя восстановить здесь; ничего не изменено.</translation>
    </message>
    <message>
      <source>This is a backup of another desk: it is not restored here.</source>
      <translation>Это копия другого пульта: здесь она не восстанавливается.</translation>
    </message>
    <message>
      <source>Type your password of the day the backup was written.</source>
      <translation>Введите свой пароль на день записи копии.</translation>
    </message>
    <message>
      <source>Users ({count}): {users}</source>
      <translation>Пользователи ({count}): {users}</translation>
    </message>
    <message>
      <source>Written {when} by version {software} (database version {schema}).</source>
      <translation>Записана {when} версией {software} (версия базы данных {schema}).</translation>
    </message>
    <message>
      <source>Your password when the backup was written:</source>
      <translation>Ваш пароль на момент записи копии:</translation>
    </message>
    <message>
      <source>{calls} calls: the first on {first}, the last on {last}.</source>
      <translation>Звонков: {calls}; первый {first}, последний {last}.</translation>
    </message>
    <message>
      <source>{user}, disabled</source>
      <translation>{user}, отключён</translation>
    </message>
  </context>
  <context>
    <name>ReviewPanel</name>
    <message>
      <source>A relative may be involved</source>
      <translation>Возможно, замешан родственник</translation>
    </message>
    <message>
      <source>Add task</source>
      <translation>Добавить задачу</translation>
    </message>
    <message>
      <source>Age of the person concerned</source>
      <translation>Возраст лица, о котором идёт речь</translation>
    </message>
    <message>
      <source>An interpreter was needed</source>
      <translation>Понадобился переводчик</translation>
    </message>
    <message>
      <source>Approve</source>
      <translation>Утвердить</translation>
    </message>
    <message>
      <source>Believed to be under 18</source>
      <translation>Предположительно младше 18 лет</translation>
    </message>
    <message>
      <source>Call without content</source>
      <translation>Звонок без содержания</translation>
    </message>
    <message>
      <source>Caller's age</source>
      <translation>Возраст звонящего</translation>
    </message>
    <message>
      <source>Caller's citizenship</source>
      <translation>Гражданство звонящего</translation>
    </message>
    <message>
      <source>Caller's country</source>
      <translation>Страна звонящего</translation>
    </message>
    <message>
      <source>Caller's relation</source>
      <translation>Кем приходится звонящий</translation>
    </message>
    <message>
      <source>Caller's sex</source>
      <translation>Пол звонящего</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Канал</translation>
    </message>
    <message>
      <source>Child involved</source>
      <translation>Затронут ребёнок</translation>
    </message>
    <message>
      <source>Citizenship of the person concerned</source>
      <translation>Гражданство лица, о котором идёт речь</translation>
    </message>
    <message>
      <source>Claim for review</source>
      <translation>Взять на проверку</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Комментарий</translation>
    </message>
    <message>
      <source>Comment (required to return the call)</source>
      <translation>Комментарий (нужен для возврата)</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Согласие</translation>
    </message>
    <message>
      <source>Correct</source>
      <translation>Исправить</translation>
    </message>
    <message>
      <source>Country of the person concerned</source>
      <translation>Страна лица, о котором идёт речь</translation>
    </message>
    <message>
      <source>Destination</source>
      <translation>Место назначения</translation>
    </message>
    <message>
      <source>Form of exploitation</source>
      <translation>Форма эксплуатации</translation>
    </message>
    <message>
      <source>How they heard of 152</source>
      <translation>Откуда узнали о 152</translation>
    </message>
    <message>
      <source>Immediate danger</source>
      <translation>Непосредственная опасность</translation>
    </message>
    <message>
      <source>Indicators</source>
      <translation>Индикаторы</translation>
    </message>
    <message>
      <source>Language of the call</source>
      <translation>Язык звонка</translation>
    </message>
    <message>
      <source>Nature of the call</source>
      <translation>Характер звонка</translation>
    </message>
    <message>
      <source>Outcome and referrals</source>
      <translation>Результат и направления</translation>
    </message>
    <message>
      <source>Possible victim</source>
      <translation>Возможная жертва</translation>
    </message>
    <message>
      <source>Primary topic</source>
      <translation>Основная тема</translation>
    </message>
    <message>
      <source>Reason for the correction (required)</source>
      <translation>Причина исправления (обязательно)</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Регион</translation>
    </message>
    <message>
      <source>Release</source>
      <translation>Отпустить</translation>
    </message>
    <message>
      <source>Return to operator</source>
      <translation>Вернуть оператору</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Проверка</translation>
    </message>
    <message>
      <source>Safe to talk</source>
      <translation>Безопасно ли говорить</translation>
    </message>
    <message>
      <source>Save correction</source>
      <translation>Сохранить исправление</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Сохранено.</translation>
    </message>
    <message>
      <source>Sector of forced labour</source>
      <translation>Отрасль принудительного труда</translation>
    </message>
    <message>
      <source>Sex of the person concerned</source>
      <translation>Пол лица, о котором идёт речь</translation>
    </message>
    <message>
      <source>Topics</source>
      <translation>Темы</translation>
    </message>
    <message>
      <source>What to do (no names)</source>
      <translation>Что сделать (без имён)</translation>
    </message>
    <message>
      <source>Working…</source>
      <translation>Выполняется…</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Да</translation>
    </message>
    <message>
      <source>— not set —</source>
      <translation>— не указано —</translation>
    </message>
  </context>
  <context>
    <name>ReviewQueuePage</name>
    <message>
      <source>Claim the next call</source>
      <translation>Взять следующий звонок</translation>
    </message>
    <message>
      <source>Nothing is waiting for review.</source>
      <translation>Нет звонков, ожидающих проверки.</translation>
    </message>
  </context>
  <context>
    <name>RolesDialog</name>
    <message>
      <source>Roles of %1</source>
      <translation>Роли пользователя %1</translation>
    </message>
    <message>
      <source>Where the desk has another administrator or a supervisor, the change is sent to them to approve in their own session (Approvals); you carry it out once they have.</source>
      <translation>Если на пульте есть другой администратор или супервайзер, изменение отправляется им на одобрение в их собственном сеансе («Одобрения»); после одобрения вы его выполняете.</translation>
    </message>
  </context>
  <context>
    <name>SafeContact</name>
    <message>
      <source>1. Safe contact (ask first when the caller may be at risk)</source>
      <translation>1. Безопасный контакт (спросите сначала, если звонящий может быть в опасности)</translation>
    </message>
    <message>
      <source>Call-back</source>
      <translation>Обратный звонок</translation>
    </message>
    <message>
      <source>Call-back is safe</source>
      <translation>Перезванивать безопасно</translation>
    </message>
    <message>
      <source>Code word</source>
      <translation>Кодовое слово</translation>
    </message>
    <message>
      <source>DO NOT CALL BACK</source>
      <translation>НЕ ПЕРЕЗВАНИВАТЬ</translation>
    </message>
    <message>
      <source>Do not call back</source>
      <translation>Не перезванивать</translation>
    </message>
    <message>
      <source>No call-back</source>
      <translation>Не перезванивать</translation>
    </message>
    <message>
      <source>Safe times to call back</source>
      <translation>Безопасное время для обратного звонка</translation>
    </message>
    <message>
      <source>Safe to talk now?</source>
      <translation>Сейчас безопасно говорить?</translation>
    </message>
    <message>
      <source>e.g. weekdays 10:00–12:00</source>
      <translation>напр. по будням 10:00–12:00</translation>
    </message>
    <message>
      <source>no call-back: no times to note</source>
      <translation>не перезванивать: время не нужно</translation>
    </message>
    <message>
      <source>the word the caller chose</source>
      <translation>слово, выбранное звонящим</translation>
    </message>
    <message>
      <source>— not asked —</source>
      <translation>— не спрашивали —</translation>
    </message>
  </context>
  <context>
    <name>SealingPage</name>
    <message>
      <source> years</source>
      <translation> лет</translation>
    </message>
    <message>
      <source>1. Find what the decision names</source>
      <translation>1. Найдите, что названо в решении</translation>
    </message>
    <message>
      <source>2. The decision</source>
      <translation>2. Решение</translation>
    </message>
    <message>
      <source>3. Ask for approval</source>
      <translation>3. Запросить одобрение</translation>
    </message>
    <message>
      <source>4. Seal</source>
      <translation>4. Опечатать</translation>
    </message>
    <message numerus="yes">
      <source>A sealing cut short was finished: %n call(s).</source>
      <translation>
        <numerusform>Завершено прерванное опечатывание: %n звонок.</numerusform>
        <numerusform>Завершено прерванное опечатывание: %n звонка.</numerusform>
        <numerusform>Завершено прерванное опечатывание: %n звонков.</numerusform>
      </translation>
    </message>
    <message>
      <source>A second administrator or supervisor approves the sealing in their own session (Approvals) before it can be carried out.</source>
      <translation>Прежде чем опечатывание можно выполнить, второй администратор или руководитель одобряет его в своём сеансе (Одобрения).</translation>
    </message>
    <message numerus="yes">
      <source>At this sign-in it removed the free text of %n call(s).</source>
      <translation>
        <numerusform>При этом входе удалён свободный текст %n звонка.</numerusform>
        <numerusform>При этом входе удалён свободный текст %n звонков.</numerusform>
        <numerusform>При этом входе удалён свободный текст %n звонков.</numerusform>
      </translation>
    </message>
    <message>
      <source>Call</source>
      <translation>Звонок</translation>
    </message>
    <message>
      <source>Call number</source>
      <translation>Номер звонка</translation>
    </message>
    <message>
      <source>Check approval</source>
      <translation>Проверить одобрение</translation>
    </message>
    <message>
      <source>Choose the hold to lift in the list.</source>
      <translation>Выберите в списке запрет, который нужно снять.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Decision date</source>
      <translation>Дата решения</translation>
    </message>
    <message>
      <source>Decision number</source>
      <translation>Номер решения</translation>
    </message>
    <message>
      <source>Deleted on the centre's server. Its backups (pg_dump) taken before still hold these calls sealed to their keys: a restore seals them again from this workstation's seal register; 'hotline seal --backup' marks them in their register, or destroy them.</source>
      <translation>Удалено на сервере центра. Резервные копии (pg_dump), снятые раньше, ещё хранят эти звонки, запечатанные на их ключи: при восстановлении они снова опечатываются по реестру опечатывания этого рабочего места; 'hotline seal --backup' отмечает их в их реестре, либо уничтожьте их.</translation>
    </message>
    <message numerus="yes">
      <source>Due within the next 7 days: %n call(s).</source>
      <translation>
        <numerusform>В ближайшие 7 дней срок наступит: %n звонок.</numerusform>
        <numerusform>В ближайшие 7 дней срок наступит: %n звонка.</numerusform>
        <numerusform>В ближайшие 7 дней срок наступит: %n звонков.</numerusform>
      </translation>
    </message>
    <message>
      <source>Entities</source>
      <translation>Объекты</translation>
    </message>
    <message>
      <source>Find and preview</source>
      <translation>Найти и просмотреть</translation>
    </message>
    <message>
      <source>Free text and identities are kept until a decision seals them.</source>
      <translation>Свободный текст и личные данные хранятся, пока их не опечатает решение.</translation>
    </message>
    <message>
      <source>Free text and identity details of reviewed calls are destroyed {years} years after the call (coded fields kept); it runs at each administrator's sign-in.</source>
      <translation>Свободный текст и личные данные проверенных звонков уничтожаются через {years} лет после звонка (кодированные поля сохраняются); это выполняется при каждом входе администратора.</translation>
    </message>
    <message>
      <source>Hold</source>
      <translation>Запрет</translation>
    </message>
    <message>
      <source>Identity</source>
      <translation>Личность</translation>
    </message>
    <message>
      <source>Legal holds (retention passes them by)</source>
      <translation>Запреты на удаление (срок хранения их не затрагивает)</translation>
    </message>
    <message>
      <source>Lift selected hold</source>
      <translation>Снять выбранный запрет</translation>
    </message>
    <message>
      <source>My sealing requests: choose one to carry it out</source>
      <translation>Мои запросы на опечатывание: выберите один, чтобы выполнить</translation>
    </message>
    <message>
      <source>Nothing chosen yet. Sealing keeps the coded fields (counts stay right).</source>
      <translation>Пока ничего не выбрано. Опечатывание сохраняет кодированные поля (подсчёты остаются верными).</translation>
    </message>
    <message>
      <source>On</source>
      <translation>На что</translation>
    </message>
    <message>
      <source>Open tasks</source>
      <translation>Открытые задачи</translation>
    </message>
    <message>
      <source>Person concerned (by pseudonym)</source>
      <translation>Затронутое лицо (по псевдониму)</translation>
    </message>
    <message>
      <source>Place hold</source>
      <translation>Установить запрет</translation>
    </message>
    <message>
      <source>Placed</source>
      <translation>Установлен</translation>
    </message>
    <message>
      <source>Pseudonym (the person and every call linked)</source>
      <translation>Псевдоним (лицо и все связанные звонки)</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Причина</translation>
    </message>
    <message>
      <source>Request {id} is approved: it can be sealed now.</source>
      <translation>Запрос {id} одобрен: теперь можно опечатать.</translation>
    </message>
    <message>
      <source>Request {id} waits for a second administrator or supervisor to approve it in their own session; then choose it here and seal.</source>
      <translation>Запрос {id} ждёт, пока второй администратор или руководитель одобрит его в своём сеансе; затем выберите его здесь и опечатайте.</translation>
    </message>
    <message>
      <source>Request {id}: decision {number}, {calls} calls ({state})</source>
      <translation>Запрос {id}: решение {number}, звонков: {calls} ({state})</translation>
    </message>
    <message>
      <source>Retention of free text</source>
      <translation>Срок хранения свободного текста</translation>
    </message>
    <message>
      <source>Run now</source>
      <translation>Выполнить сейчас</translation>
    </message>
    <message>
      <source>STILL HOLDS SEALED DATA: {path} ({why}). Bring it back to be sealed, or destroy it.</source>
      <translation>ВСЁ ЕЩЁ СОДЕРЖИТ ОПЕЧАТАННЫЕ ДАННЫЕ: {path} ({why}). Верните её, чтобы опечатать, или уничтожьте.</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>Sealed {calls} calls: {keys} data keys, {identity} identity entries, {entities} entity values, {comments} comments destroyed; {tasks} open tasks closed.</source>
      <translation>Опечатано звонков: {calls}. Уничтожено: ключей данных {keys}, записей о личности {identity}, значений объектов {entities}, комментариев {comments}; закрыто открытых задач: {tasks}.</translation>
    </message>
    <message>
      <source>Sealed: {path} ({calls} calls in it)</source>
      <translation>Опечатана: {path} (звонков в ней: {calls})</translation>
    </message>
    <message>
      <source>Sealing on the centre's server…</source>
      <translation>Опечатывание на сервере центра…</translation>
    </message>
    <message>
      <source>Sealing: the desk first, then its backups…</source>
      <translation>Опечатывание: сначала рабочее место, затем его резервные копии…</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <source>Taken by</source>
      <translation>Кем принято</translation>
    </message>
    <message>
      <source>Texts</source>
      <translation>Тексты</translation>
    </message>
    <message>
      <source>The desk has no backup or replaced folder to seal.</source>
      <translation>У рабочего места нет резервных копий или заменённых папок, которые нужно опечатать.</translation>
    </message>
    <message>
      <source>The notes' index is cleared at the next supervisor's sign-in.</source>
      <translation>Индекс заметок очистится при следующем входе руководителя.</translation>
    </message>
    <message>
      <source>This centre has no second administrator or supervisor: the sealing is recorded as approved alone.</source>
      <translation>В этом центре нет второго администратора или руководителя: опечатывание записывается как одобренное в одиночку.</translation>
    </message>
    <message>
      <source>This desk has no second administrator or supervisor: the sealing is recorded as approved alone.</source>
      <translation>На этом рабочем месте нет второго администратора или руководителя: опечатывание записывается как одобренное в одиночку.</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>Тема</translation>
    </message>
    <message>
      <source>Your password (opens the backups)</source>
      <translation>Ваш пароль (открывает резервные копии)</translation>
    </message>
    <message>
      <source>approved</source>
      <translation>одобрен</translation>
    </message>
    <message>
      <source>as written in the decision</source>
      <translation>как написано в решении</translation>
    </message>
    <message>
      <source>call {id}</source>
      <translation>звонок {id}</translation>
    </message>
    <message>
      <source>damaged, or it does not check clean</source>
      <translation>повреждена или не проходит проверку</translation>
    </message>
    <message>
      <source>it opens with another password</source>
      <translation>открывается другим паролем</translation>
    </message>
    <message>
      <source>kept until sealed</source>
      <translation>хранится до опечатывания</translation>
    </message>
    <message>
      <source>not found where it was written</source>
      <translation>не найдена там, куда была записана</translation>
    </message>
    <message>
      <source>pseudonym or call number</source>
      <translation>псевдоним или номер звонка</translation>
    </message>
    <message>
      <source>reason: the case or the request</source>
      <translation>причина: дело или запрос</translation>
    </message>
    <message>
      <source>the number only, nothing about the case</source>
      <translation>только номер, ничего о деле</translation>
    </message>
    <message>
      <source>to be sealed</source>
      <translation>будет опечатан</translation>
    </message>
    <message>
      <source>under a legal hold</source>
      <translation>под запретом на удаление</translation>
    </message>
    <message>
      <source>waiting for a second administrator or supervisor</source>
      <translation>ждёт второго администратора или руководителя</translation>
    </message>
    <message>
      <source>{calls} calls to seal: {texts} texts, {identity} identity entries, {entities} entity values destroyed; {tasks} open tasks closed. The coded fields are kept, so published and future counts stay right.</source>
      <translation>Звонков к опечатыванию: {calls}. Будет уничтожено: текстов {texts}, записей о личности {identity}, значений объектов {entities}; будет закрыто открытых задач: {tasks}. Кодированные поля сохраняются, поэтому опубликованные и будущие подсчёты остаются верными.</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Every change is recorded in the audit log with its old and new value.</source>
      <translation>Каждое изменение записывается в журнал аудита со старым и новым значением.</translation>
    </message>
    <message>
      <source>Save the settings</source>
      <translation>Сохранить настройки</translation>
    </message>
    <message>
      <source>Saved and recorded in the audit log; in force now.</source>
      <translation>Сохранено и записано в журнал аудита; уже действует.</translation>
    </message>
    <message>
      <source>Settings of the centre</source>
      <translation>Настройки центра</translation>
    </message>
    <message>
      <source>Settings of the desk</source>
      <translation>Настройки пульта</translation>
    </message>
    <message>
      <source>These settings are the centre's, kept on its server: every workstation of the centre uses them from its next sign-in, this one at once.</source>
      <translation>Эти настройки принадлежат центру и хранятся на его сервере: каждое рабочее место центра применяет их со следующего входа, это — сразу.</translation>
    </message>
  </context>
  <context>
    <name>SetupWizard</name>
    <message>
      <source>Administrator's user name</source>
      <translation>Имя пользователя администратора</translation>
    </message>
    <message>
      <source>Calls are put in months, quarters and years by this zone's clock (exports, statistics, the call log). It cannot be changed later.</source>
      <translation>Звонки относятся к месяцам, кварталам и годам по часам этого пояса (экспорт, статистика, журнал звонков). Позже его изменить нельзя.</translation>
    </message>
    <message>
      <source>Continue to sign in</source>
      <translation>Перейти ко входу</translation>
    </message>
    <message>
      <source>Create the desk</source>
      <translation>Создать пульт</translation>
    </message>
    <message>
      <source>Creating the desk</source>
      <translation>Пульт создаётся</translation>
    </message>
    <message>
      <source>I have written it down</source>
      <translation>Я записал(а) его</translation>
    </message>
    <message>
      <source>No secure OS keychain is available here (%1). The desk can only be set up WITHOUT binding it to this machine: then a copy of its files can be attacked elsewhere by guessing passwords. Use long passwords.</source>
      <translation>Здесь нет защищённого хранилища ключей ОС (%1). Пульт можно настроить только БЕЗ привязки к этому компьютеру: тогда копию его файлов можно атаковать в другом месте подбором паролей. Используйте длинные пароли.</translation>
    </message>
    <message>
      <source>No secure keychain here: tick "set up without binding to this machine" to go on.</source>
      <translation>Защищённого хранилища ключей нет: чтобы продолжить, отметьте «настроить без привязки к этому компьютеру».</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Пароль</translation>
    </message>
    <message>
      <source>Password again</source>
      <translation>Пароль ещё раз</translation>
    </message>
    <message>
      <source>Recovery code</source>
      <translation>Код восстановления</translation>
    </message>
    <message>
      <source>Set up the desk</source>
      <translation>Настройка пульта</translation>
    </message>
    <message>
      <source>Set up without binding to this machine</source>
      <translation>Настроить без привязки к этому компьютеру</translation>
    </message>
    <message>
      <source>That is not group %1 of the code: look again at what you wrote down.</source>
      <translation>Это не группа %1 кода: посмотрите ещё раз на то, что вы записали.</translation>
    </message>
    <message>
      <source>The OS keychain works here: the desk will be bound to this machine, so a copy of its files cannot be attacked elsewhere. Keep the recovery code: it opens the desk on another machine.</source>
      <translation>Хранилище ключей ОС здесь работает: пульт будет привязан к этому компьютеру, и копию его файлов нельзя атаковать в другом месте. Сохраните код восстановления: он открывает пульт на другом компьютере.</translation>
    </message>
    <message>
      <source>The desk is NOT bound to this machine (no secure keychain).</source>
      <translation>Пульт НЕ привязан к этому компьютеру (нет защищённого хранилища ключей).</translation>
    </message>
    <message>
      <source>The desk is bound to this machine's keychain.</source>
      <translation>Пульт привязан к хранилищу ключей этого компьютера.</translation>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>Пароли не совпадают.</translation>
    </message>
    <message>
      <source>There is no desk in this folder yet. Create the administrator account; the password needs at least 15 characters (a few words are easiest).</source>
      <translation>В этой папке ещё нет пульта. Создайте учётную запись администратора; пароль — не короче 15 символов (проще всего несколько слов).</translation>
    </message>
    <message>
      <source>Tick that you have written the code down.</source>
      <translation>Отметьте, что вы записали код.</translation>
    </message>
    <message>
      <source>Time zone of the desk's months</source>
      <translation>Часовой пояс месяцев пульта</translation>
    </message>
    <message>
      <source>To check, type group number %1 of the code:</source>
      <translation>Для проверки введите группу кода номер %1:</translation>
    </message>
    <message>
      <source>Type the administrator's user name.</source>
      <translation>Введите имя пользователя администратора.</translation>
    </message>
    <message>
      <source>Write this code on paper now and keep it locked away. It is shown only once. It opens the desk if every password is lost.</source>
      <translation>Запишите этот код на бумагу сейчас и храните под замком. Он показывается только один раз. Он открывает пульт, если все пароли утеряны.</translation>
    </message>
    <message>
      <source>Your recovery code</source>
      <translation>Ваш код восстановления</translation>
    </message>
  </context>
  <context>
    <name>StatisticsPage</name>
    <message>
      <source>A relative may be involved in {relative} calls; an interpreter was needed in {interpreter}.</source>
      <translation>Возможно, замешан родственник — в {relative} звонках; переводчик понадобился в {interpreter}.</translation>
    </message>
    <message>
      <source>All calls</source>
      <translation>Все звонки</translation>
    </message>
    <message>
      <source>Calls</source>
      <translation>Звонки</translation>
    </message>
    <message>
      <source>Calls with content per month, by primary topic</source>
      <translation>Звонки с содержанием по месяцам, по основной теме</translation>
    </message>
    <message>
      <source>Counting…</source>
      <translation>Подсчёт…</translation>
    </message>
    <message>
      <source>Destination</source>
      <translation>Место назначения</translation>
    </message>
    <message>
      <source>For the reports</source>
      <translation>Для отчётов</translation>
    </message>
    <message>
      <source>Forced labour in: %1</source>
      <translation>Принудительный труд в отрасли: %1</translation>
    </message>
    <message>
      <source>From</source>
      <translation>С</translation>
    </message>
    <message>
      <source>Heard of 152: %1</source>
      <translation>Узнали о 152: %1</translation>
    </message>
    <message>
      <source>Hotline 152: calls {first} – {last}</source>
      <translation>Горячая линия 152: звонки {first} – {last}</translation>
    </message>
    <message>
      <source>Hotline 152: trends</source>
      <translation>Горячая линия 152: тенденции</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Месяц</translation>
    </message>
    <message>
      <source>Month: all calls / with content / possible victim</source>
      <translation>Месяц: все звонки / с содержанием / возможная жертва</translation>
    </message>
    <message>
      <source>Outcome or referral</source>
      <translation>Результат или направление</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Possible victim</source>
      <translation>Возможная жертва</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>Сохранить как PDF</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>Сохранить как PDF…</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>Доля</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Показать</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Итого</translation>
    </message>
    <message>
      <source>With content</source>
      <translation>С содержанием</translation>
    </message>
    <message>
      <source>to</source>
      <translation>по</translation>
    </message>
    <message>
      <source>{first} – {last}: {calls} calls, {content} with content. A possible victim of trafficking in {victims} calls ({share} of calls with content).</source>
      <translation>{first} – {last}: {calls} звонков, из них {content} с содержанием. Возможная жертва торговли людьми в {victims} звонках ({share} звонков с содержанием).</translation>
    </message>
  </context>
  <context>
    <name>StatusLine</name>
    <message numerus="yes">
      <source>%n calls kept on this computer are not sent:</source>
      <translation>
        <numerusform>%n звонок, сохранённый на этом компьютере, не отправляется:</numerusform>
        <numerusform>%n звонка, сохранённых на этом компьютере, не отправляются:</numerusform>
        <numerusform>%n звонков, сохранённых на этом компьютере, не отправляются:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>(and %n more: point here to read them all)</source>
      <translation>
        <numerusform>(и ещё %n предупреждение: наведите сюда указатель, чтобы прочитать все)</numerusform>
        <numerusform>(и ещё %n предупреждения: наведите сюда указатель, чтобы прочитать все)</numerusform>
        <numerusform>(и ещё %n предупреждений: наведите сюда указатель, чтобы прочитать все)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The server cannot be reached: %n calls kept on this computer will be sent when it is back</source>
      <translation>
        <numerusform>Сервер недоступен: %n звонок сохранён на этом компьютере и будет отправлен, когда сервер вернётся</numerusform>
        <numerusform>Сервер недоступен: %n звонка сохранены на этом компьютере и будут отправлены, когда сервер вернётся</numerusform>
        <numerusform>Сервер недоступен: %n звонков сохранены на этом компьютере и будут отправлены, когда сервер вернётся</numerusform>
      </translation>
    </message>
    <message>
      <source>The server cannot be reached: calls saved now are kept on this computer and will be sent when it is back</source>
      <translation>Сервер недоступен: звонки, сохранённые сейчас, остаются на этом компьютере и будут отправлены, когда сервер вернётся</translation>
    </message>
    <message numerus="yes">
      <source>The server refuses your sign-in (your account was disabled or changed since): %n calls are kept on this computer, not sent. Sign in again, or ask an administrator</source>
      <translation>
        <numerusform>Сервер не пускает вас (учётная запись отключена или изменена с тех пор): %n звонок хранится на этом компьютере и не отправлен. Войдите заново или обратитесь к администратору</numerusform>
        <numerusform>Сервер не пускает вас (учётная запись отключена или изменена с тех пор): %n звонка хранятся на этом компьютере и не отправлены. Войдите заново или обратитесь к администратору</numerusform>
        <numerusform>Сервер не пускает вас (учётная запись отключена или изменена с тех пор): %n звонков хранятся на этом компьютере и не отправлены. Войдите заново или обратитесь к администратору</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TasksPage</name>
    <message numerus="yes">
      <source>%n overdue</source>
      <translation>
        <numerusform>%n просрочена</numerusform>
        <numerusform>%n просрочены</numerusform>
        <numerusform>%n просрочено</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n task(s)</source>
      <translation>
        <numerusform>%n задача</numerusform>
        <numerusform>%n задачи</numerusform>
        <numerusform>%n задач</numerusform>
      </translation>
    </message>
    <message>
      <source>All tasks</source>
      <translation>Все задачи</translation>
    </message>
    <message>
      <source>Assignee</source>
      <translation>Исполнитель</translation>
    </message>
    <message>
      <source>Call of</source>
      <translation>Звонок от</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Выполненные</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Срок</translation>
    </message>
    <message>
      <source>How it was done: date, reference, to whom (required for the minors' report)</source>
      <translation>Как выполнено: дата, номер, кому (обязательно для сообщения о несовершеннолетнем)</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Примечание</translation>
    </message>
    <message>
      <source>OVERDUE {date}</source>
      <translation>ПРОСРОЧЕНО {date}</translation>
    </message>
    <message>
      <source>Open tasks</source>
      <translation>Открытые задачи</translation>
    </message>
    <message>
      <source>Record as done</source>
      <translation>Отметить выполненной</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Обновить</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>Task</source>
      <translation>Задача</translation>
    </message>
    <message>
      <source>The task is recorded as done.</source>
      <translation>Задача отмечена как выполненная.</translation>
    </message>
    <message>
      <source>anyone</source>
      <translation>любой</translation>
    </message>
    <message>
      <source>done {date}</source>
      <translation>выполнена {date}</translation>
    </message>
    <message>
      <source>no date</source>
      <translation>без срока</translation>
    </message>
    <message>
      <source>open</source>
      <translation>открыта</translation>
    </message>
  </context>
  <context>
    <name>TopicChips</name>
    <message>
      <source>Here keys 1–9 tick a topic, Ctrl with the number makes it the primary one (the first ticked is primary). Alt+3 brings you here from anywhere.</source>
      <translation>Здесь клавиши 1–9 отмечают тему, Ctrl с цифрой делает её основной (первая отмеченная — основная). Alt+3 переносит сюда откуда угодно.</translation>
    </message>
    <message>
      <source>Primary topic: %1</source>
      <translation>Основная тема: %1</translation>
    </message>
    <message>
      <source>Primary topic: none yet</source>
      <translation>Основная тема: пока нет</translation>
    </message>
    <message>
      <source>Topic: %1</source>
      <translation>Тема: %1</translation>
    </message>
    <message>
      <source>primary</source>
      <translation>основная</translation>
    </message>
  </context>
  <context>
    <name>UsersPage</name>
    <message>
      <source>%1 has a new password and new keys.</source>
      <translation>У пользователя %1 новый пароль и новые ключи.</translation>
    </message>
    <message>
      <source>%1 was added to the centre. Give them their password in person. A workstation that has not joined the centre yet joins it with this one-time code (valid for %2 hours): %3</source>
      <translation>Пользователь %1 добавлен в центр. Передайте ему пароль лично. Рабочее место, ещё не подключённое к центру, подключается с этим одноразовым кодом (действует %2 ч.): %3</translation>
    </message>
    <message>
      <source>%1 was added. Give them their password in person; they change it from Desk ▸ Change my password.</source>
      <translation>Пользователь %1 добавлен. Передайте ему пароль лично; он сменит его через «Пульт ▸ Сменить мой пароль».</translation>
    </message>
    <message>
      <source>%1 was disabled.</source>
      <translation>Пользователь %1 отключён.</translation>
    </message>
    <message>
      <source>Add a user…</source>
      <translation>Добавить пользователя…</translation>
    </message>
    <message>
      <source>Change roles…</source>
      <translation>Изменить роли…</translation>
    </message>
    <message>
      <source>Disable %1</source>
      <translation>Отключить %1</translation>
    </message>
    <message>
      <source>Disable %1? Their key slot is removed and their login on the centre's server can no longer connect: they can no longer sign in on any workstation. What they recorded stays.</source>
      <translation>Отключить %1? Его ключевой слот удаляется, а его вход на сервер центра больше не может подключиться: войти он больше не сможет ни на одном рабочем месте. Записанное им остаётся.</translation>
    </message>
    <message>
      <source>Disable %1? Their key slot is removed: they can no longer sign in. What they recorded stays. If they may have kept a copy of the desk's files, rotate the database key afterwards.</source>
      <translation>Отключить %1? Его ключевой слот удаляется: войти он больше не сможет. Записанное им остаётся. Если у него могла остаться копия файлов пульта, затем смените ключ базы данных.</translation>
    </message>
    <message>
      <source>Disable…</source>
      <translation>Отключить…</translation>
    </message>
    <message>
      <source>Last sign-in</source>
      <translation>Последний вход</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Обновить</translation>
    </message>
    <message>
      <source>Request %1 for this change is still waiting for a second person's approval.</source>
      <translation>Запрос %1 на это изменение всё ещё ждёт одобрения второго человека.</translation>
    </message>
    <message>
      <source>Request %1 was made: another administrator or a supervisor approves it on their Approvals page, signed in as themselves. Then carry it out on your Approvals page.</source>
      <translation>Запрос %1 отправлен: другой администратор или супервайзер, войдя под своим именем, одобряет его на странице «Одобрения». Затем выполните его на своей странице «Одобрения».</translation>
    </message>
    <message>
      <source>Reset the password…</source>
      <translation>Сбросить пароль…</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation>Роли</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <source>The roles of %1 were changed (approved alone: the desk has one administrator and no supervisor, and this was recorded).</source>
      <translation>Роли пользователя %1 изменены (одобрено единолично: на пульте один администратор и нет супервайзера; это записано).</translation>
    </message>
    <message>
      <source>The roles of %1 were changed, as request %2 approved.</source>
      <translation>Роли пользователя %1 изменены, как одобрено запросом %2.</translation>
    </message>
    <message>
      <source>User</source>
      <translation>Пользователь</translation>
    </message>
    <message>
      <source>Users of the centre</source>
      <translation>Пользователи центра</translation>
    </message>
    <message>
      <source>Users of the desk</source>
      <translation>Пользователи пульта</translation>
    </message>
    <message>
      <source>active</source>
      <translation>активен</translation>
    </message>
    <message>
      <source>active; has not yet changed the password an administrator set</source>
      <translation>активен; ещё не сменил пароль, заданный администратором</translation>
    </message>
    <message>
      <source>disabled</source>
      <translation>отключён</translation>
    </message>
    <message>
      <source>never</source>
      <translation>никогда</translation>
    </message>
    <message>
      <source>not recorded on a centre</source>
      <translation>в центре не записывается</translation>
    </message>
    <message>
      <source>not trusted: their record on the server was changed outside the desk</source>
      <translation>не доверенный: его запись на сервере изменена в обход пульта</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary</name>
    <message>
      <source>Agency or company</source>
      <translation>Агентство или компания</translation>
    </message>
    <message>
      <source>All not yet reviewed</source>
      <translation>Все ещё не проверенные</translation>
    </message>
    <message>
      <source>Any review state</source>
      <translation>Любое состояние проверки</translation>
    </message>
    <message>
      <source>Being reviewed</source>
      <translation>На проверке</translation>
    </message>
    <message>
      <source>City</source>
      <translation>Город</translation>
    </message>
    <message>
      <source>Court</source>
      <translation>Суд</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Дальнейшие действия</translation>
    </message>
    <message>
      <source>Free text removed after {years} years (retention), on {date}</source>
      <translation>Свободный текст удалён через {years} лет (срок хранения), {date}</translation>
    </message>
    <message>
      <source>Link or advert</source>
      <translation>Ссылка или объявление</translation>
    </message>
    <message>
      <source>Not reviewed</source>
      <translation>Не проверен</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Другое</translation>
    </message>
    <message>
      <source>Other body</source>
      <translation>Другой орган</translation>
    </message>
    <message>
      <source>Phone number</source>
      <translation>Номер телефона</translation>
    </message>
    <message>
      <source>Prosecutor</source>
      <translation>Прокурор</translation>
    </message>
    <message>
      <source>Report to the Commission on Minors' Affairs</source>
      <translation>Сообщить в Комиссию по делам несовершеннолетних</translation>
    </message>
    <message>
      <source>Report to the guardianship and custody authority</source>
      <translation>Сообщение в орган опеки и попечительства</translation>
    </message>
    <message>
      <source>Returned to the operator</source>
      <translation>Возвращён оператору</translation>
    </message>
    <message>
      <source>Reviewed</source>
      <translation>Проверен</translation>
    </message>
    <message>
      <source>Sealed by decision {number} of {date}</source>
      <translation>Опечатано решением № {number} от {date}</translation>
    </message>
    <message>
      <source>Social media account</source>
      <translation>Аккаунт в соцсети</translation>
    </message>
  </context>
  <context>
    <name>WhatToSay</name>
    <message>
      <source>Source: %1</source>
      <translation>Источник: %1</translation>
    </message>
    <message>
      <source>The caller may be the relative involved. Listen, note, and do not tell them what will be done.</source>
      <translation>Звонящий может быть тем самым родственником. Выслушайте, запишите и не говорите ему, что будет сделано.</translation>
    </message>
    <message>
      <source>What to say (%1)</source>
      <translation>Что сказать (%1)</translation>
    </message>
    <message>
      <source>What to say: nothing of the help or the reports to this caller</source>
      <translation>Что сказать: этому звонящему ничего о помощи и сообщениях</translation>
    </message>
    <message>
      <source>— not written in %1</source>
      <translation>— текста на языке «%1» нет</translation>
    </message>
  </context>
  <context>
    <name>WorkstationsPage</name>
    <message>
      <source>Enrolled</source>
      <translation>Зарегистрировано</translation>
    </message>
    <message>
      <source>Last seen</source>
      <translation>Последний вход</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Обновить</translation>
    </message>
    <message>
      <source>Remove workstation %1</source>
      <translation>Удалить рабочее место %1</translation>
    </message>
    <message>
      <source>Remove workstation %1 (%2)? Its login on the centre's server can no longer connect: nobody can sign in there any more. What was recorded there stays on the server. To use that computer again, it joins the centre anew with a one-time code.</source>
      <translation>Удалить рабочее место %1 (%2)? Его вход на сервер центра больше не сможет подключиться: на нём никто больше не сможет войти. Записанное там остаётся на сервере. Чтобы снова пользоваться этим компьютером, он заново присоединяется к центру с одноразовым кодом.</translation>
    </message>
    <message>
      <source>Remove…</source>
      <translation>Удалить…</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <source>The computers enrolled on the centre's server, and when each was last seen (a sign-in there). Remove one that is lost, stolen or given away: its login can no longer connect. The one you are signed in on is removed from another administrator's workstation.</source>
      <translation>Компьютеры, зарегистрированные на сервере центра, и когда каждый был виден последний раз (вход на нём). Удалите потерянный, украденный или отданный компьютер: его вход больше не сможет подключиться. Рабочее место, на котором вы вошли, удаляется с рабочего места другого администратора.</translation>
    </message>
    <message>
      <source>Workstation</source>
      <translation>Рабочее место</translation>
    </message>
    <message>
      <source>Workstation %1 (%2) was removed: nobody can sign in there any more.</source>
      <translation>Рабочее место %1 (%2) удалено: на нём больше никто не может войти.</translation>
    </message>
    <message>
      <source>Workstations of the centre</source>
      <translation>Рабочие места центра</translation>
    </message>
    <message>
      <source>cannot connect</source>
      <translation>не может подключиться</translation>
    </message>
    <message>
      <source>in use</source>
      <translation>используется</translation>
    </message>
    <message>
      <source>in use; the one you are signed in on</source>
      <translation>используется; вы вошли на нём</translation>
    </message>
    <message>
      <source>not yet recorded</source>
      <translation>ещё не записано</translation>
    </message>
    <message>
      <source>removed on %1</source>
      <translation>удалено %1</translation>
    </message>
  </context>
  <context>
    <name>_Ages</name>
    <message numerus="yes">
      <source>%n day(s) ago</source>
      <translation>
        <numerusform>%n день назад</numerusform>
        <numerusform>%n дня назад</numerusform>
        <numerusform>%n дней назад</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n hour(s) ago</source>
      <translation>
        <numerusform>%n час назад</numerusform>
        <numerusform>%n часа назад</numerusform>
        <numerusform>%n часов назад</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s) ago</source>
      <translation>
        <numerusform>%n минуту назад</numerusform>
        <numerusform>%n минуты назад</numerusform>
        <numerusform>%n минут назад</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>approvals</name>
    <message>
      <source>an export for partners</source>
      <translation>выгрузка для партнёров</translation>
    </message>
    <message>
      <source>change a user's roles</source>
      <translation>изменить роли пользователя</translation>
    </message>
    <message>
      <source>seal a record</source>
      <translation>опечатать запись</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>(left out)</source>
      <translation>(не используется)</translation>
    </message>
    <message>
      <source>, under a legal hold</source>
      <translation>, под запретом на удаление</translation>
    </message>
    <message>
      <source>Added {calls} synthetic calls over {months} months.</source>
      <translation>Добавлено синтетических звонков: {calls} за {months} мес.</translation>
    </message>
    <message>
      <source>Added {name} ({roles}).</source>
      <translation>Пользователь {name} добавлен ({roles}).</translation>
    </message>
    <message>
      <source>Again: </source>
      <translation>Ещё раз: </translation>
    </message>
    <message>
      <source>Backup of the centre {database} written: {path} ({calls} calls, {size} bytes), recorded in {register}.</source>
      <translation>Резервная копия центра {database} записана: {path} (звонков: {calls}, байт: {size}), внесена в реестр {register}.</translation>
    </message>
    <message>
      <source>Backup written and verified: {path} ({calls} calls, {size} bytes).</source>
      <translation>Резервная копия записана и проверена: {path} (звонков: {calls}, байт: {size}).</translation>
    </message>
    <message>
      <source>Bound to this machine's keychain ({backend}).</source>
      <translation>Привязан к хранилищу ключей этого компьютера ({backend}).</translation>
    </message>
    <message>
      <source>Centre created in the database {database} of the server; its roles: {operator}, {supervisor}, {admin} (owner {owner}, nobody logs in as it).</source>
      <translation>Центр создан в базе данных {database} на сервере; его роли: {operator}, {supervisor}, {admin} (владелец {owner}, под ним никто не входит).</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>Проверка</translation>
    </message>
    <message>
      <source>Decision: {body} {number} of {date}.</source>
      <translation>Решение: {body} № {number} от {date}.</translation>
    </message>
    <message>
      <source>Demo calls</source>
      <translation>Демо-звонки</translation>
    </message>
    <message>
      <source>Desk created in {path}</source>
      <translation>Пульт создан в {path}</translation>
    </message>
    <message>
      <source>Disabled {name}: their key slot was removed and their login on the centre's server can no longer connect.</source>
      <translation>{name} отключён(а): его (её) ключевой слот удалён, и его (её) вход на сервер центра больше не может подключиться.</translation>
    </message>
    <message>
      <source>Disabled {name}; their key slot was removed. Rotate the database key ('hotline rotate-key') if they kept a copy.</source>
      <translation>Пользователь {name} отключён; его ключевой слот удалён. Смените ключ базы данных ('hotline rotate-key'), если у него осталась копия.</translation>
    </message>
    <message>
      <source>Dry run: nothing was sealed.</source>
      <translation>Пробный запуск: ничего не опечатано.</translation>
    </message>
    <message>
      <source>Due now: {now} calls; due within {days} days: {soon}.</source>
      <translation>Срок наступил: звонков {now}; наступит в ближайшие {days} дн.: {soon}.</translation>
    </message>
    <message>
      <source>Enrolment code for one workstation (serves once, within {hours} hours): {code}
On that workstation: hotline join {address} --fingerprint SHA256:&lt;the server certificate's&gt; --code {code}</source>
      <translation>Код регистрации для одного рабочего места (действует один раз, в течение {hours} ч): {code}
На этом рабочем месте: hotline join {address} --fingerprint SHA256:&lt;отпечаток сертификата сервера&gt; --code {code}</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Экспорт</translation>
    </message>
    <message>
      <source>Exported {table} {period} for {audience} (k={k}): {published} cells published, {suppressed} suppressed; audit passed.</source>
      <translation>Экспортировано: {table} {period} для получателей {audience} (k={k}): опубликовано ячеек: {published}, скрыто: {suppressed}; проверка пройдена.</translation>
    </message>
    <message>
      <source>File: {path}
Manifest: {manifest}
SHA-256: {sha256}</source>
      <translation>Файл: {path}
Манифест: {manifest}
SHA-256: {sha256}</translation>
    </message>
    <message>
      <source>Free text and identities are kept {years} years after the call.</source>
      <translation>Свободный текст и сведения о личности хранятся {years} лет после звонка.</translation>
    </message>
    <message>
      <source>Free text is kept until sealed (no retention set).</source>
      <translation>Свободный текст хранится до опечатывания (срок хранения не задан).</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Импорт</translation>
    </message>
    <message>
      <source>Import with this mapping? [y/N] </source>
      <translation>Импортировать с этим сопоставлением? [y/N] </translation>
    </message>
    <message>
      <source>Imported {count} calls from {name}; the mapping was saved for the next file.</source>
      <translation>Из {name} импортировано звонков: {count}; сопоставление сохранено для следующего файла.</translation>
    </message>
    <message>
      <source>Imported {count} calls.</source>
      <translation>Импортировано звонков: {count}.</translation>
    </message>
    <message>
      <source>It opens the desk when every password, or this machine's keychain, is lost.</source>
      <translation>Он открывает пульт, когда утрачены все пароли или хранилище ключей этого компьютера.</translation>
    </message>
    <message>
      <source>It runs at an administrator's sign-in, or now with 'hotline retention --run'.</source>
      <translation>Она выполняется при входе администратора или сейчас командой 'hotline retention --run'.</translation>
    </message>
    <message>
      <source>Its secret is in this machine's keychain ({backend}).</source>
      <translation>Его секрет хранится в связке ключей этого компьютера ({backend}).</translation>
    </message>
    <message>
      <source>Joined the centre {database} on {host}:{port} as workstation {login}; its file: {path}.</source>
      <translation>Рабочее место {login} присоединено к центру {database} на {host}:{port}; его файл: {path}.</translation>
    </message>
    <message>
      <source>Key card written to {path}.</source>
      <translation>Карточка ключа записана в {path}.</translation>
    </message>
    <message>
      <source>Key derivation: Argon2id {memory} MiB, {passes} passes, {lanes} lanes.</source>
      <translation>Вывод ключа: Argon2id {memory} МиБ, проходов: {passes}, потоков: {lanes}.</translation>
    </message>
    <message>
      <source>Legal hold {id} lifted.</source>
      <translation>Юридическое удержание {id} снято.</translation>
    </message>
    <message>
      <source>Legal hold {id} placed.</source>
      <translation>Юридическое удержание {id} установлено.</translation>
    </message>
    <message>
      <source>Legal hold {number} lifted.</source>
      <translation>Запрет на удаление № {number} снят.</translation>
    </message>
    <message>
      <source>Legal hold {number} placed.</source>
      <translation>Запрет на удаление № {number} установлен.</translation>
    </message>
    <message>
      <source>NOT SEALED: {path}: {reason}; {holds}</source>
      <translation>НЕ ЗАПЕЧАТАНО: {path}: {reason}; {holds}</translation>
    </message>
    <message>
      <source>NOT bound to a keychain: a copy of the desk's files can be attacked elsewhere by guessing passwords. Keep the machine's disk encrypted.</source>
      <translation>НЕ привязан к хранилищу ключей: копию файлов пульта можно атаковать в другом месте, подбирая пароли. Держите диск компьютера зашифрованным.</translation>
    </message>
    <message>
      <source>NOT bound to a keychain: the workstation's secret is in {path}. Keep the machine's disk encrypted.</source>
      <translation>НЕ привязано к связке ключей: секрет рабочего места лежит в {path}. Держите диск компьютера зашифрованным.</translation>
    </message>
    <message>
      <source>New password for {name}: </source>
      <translation>Новый пароль для {name}: </translation>
    </message>
    <message>
      <source>New password: </source>
      <translation>Новый пароль: </translation>
    </message>
    <message>
      <source>Nothing was imported.</source>
      <translation>Ничего не импортировано.</translation>
    </message>
    <message>
      <source>OK: all {rows} rows can be imported; nothing was written.</source>
      <translation>OK: все {rows} строк можно импортировать; ничего не записано.</translation>
    </message>
    <message>
      <source>OK: the centre's audit chain checks clean on the server.</source>
      <translation>OK: цепочка аудита центра на сервере проверена, нарушений нет.</translation>
    </message>
    <message>
      <source>OK: the database, the key file and the audit chain check clean.</source>
      <translation>В порядке: база данных, файл ключей и цепочка аудита прошли проверку без замечаний.</translation>
    </message>
    <message>
      <source>OK: the signature is the desk's (the key given) and the file is the one it signed.</source>
      <translation>В порядке: подпись принадлежит пульту (указанный ключ), и файл — тот самый, который он подписал.</translation>
    </message>
    <message>
      <source>PROBLEMS ({count}):</source>
      <translation>ПРОБЛЕМЫ ({count}):</translation>
    </message>
    <message>
      <source>PROBLEMS ({count}); nothing was imported:</source>
      <translation>ПРОБЛЕМЫ ({count}); ничего не импортировано:</translation>
    </message>
    <message>
      <source>Password changed.</source>
      <translation>Пароль изменён.</translation>
    </message>
    <message>
      <source>Password for {name} (as it was in the backup): </source>
      <translation>Пароль для {name} (каким он был в резервной копии): </translation>
    </message>
    <message>
      <source>Password for {name}: </source>
      <translation>Пароль для {name}: </translation>
    </message>
    <message>
      <source>Password of the server's account {account}: </source>
      <translation>Пароль учётной записи {account} на сервере: </translation>
    </message>
    <message>
      <source>Pseudonyms keyed: {calls} calls converted, the persons key given to {holders} slots. Backups taken before still hold the pseudonyms in clear.</source>
      <translation>Псевдонимы защищены ключом: преобразовано звонков: {calls}, ключ лиц выдан слотам: {holders}. В резервных копиях, сделанных раньше, псевдонимы остаются в открытом виде.</translation>
    </message>
    <message>
      <source>RECOVERY CODE (shown once; write it down and keep it locked away):</source>
      <translation>КОД ВОССТАНОВЛЕНИЯ (показывается один раз; запишите его и храните под замком):</translation>
    </message>
    <message>
      <source>REJECTED</source>
      <translation>ОТКЛОНЕНО</translation>
    </message>
    <message>
      <source>Re-issued {table} {period} for {audience} (k={k}): {published} cells published, {suppressed} suppressed; audit passed.</source>
      <translation>Выпущено повторно: {table} {period} для получателей {audience} (k={k}): опубликовано ячеек: {published}, скрыто: {suppressed}; проверка пройдена.</translation>
    </message>
    <message>
      <source>Recovery code: </source>
      <translation>Код восстановления: </translation>
    </message>
    <message>
      <source>Request {id} made: sealing needs a second person. Another administrator or a supervisor runs 'hotline --user THEIR_NAME approvals approve {id}'; then run this command again with --approval {id}.</source>
      <translation>Запрос {id} создан: для запечатывания нужен второй человек. Другой администратор или супервизор выполняет 'hotline --user ЕГО_ИМЯ approvals approve {id}'; затем выполните эту команду снова с --approval {id}.</translation>
    </message>
    <message>
      <source>Request {number} is waiting: “{what}” needs a second person. Another administrator or a supervisor runs 'hotline --user THEIR_NAME approvals approve {number}'; then run this command again.</source>
      <translation>Запрос {number} ждёт: для «{what}» нужен второй человек. Другой администратор или супервайзер выполняет 'hotline --user ЕГО_ИМЯ approvals approve {number}'; затем снова выполните эту команду.</translation>
    </message>
    <message>
      <source>Request {number} made: “{what}” needs a second person. Another administrator or a supervisor runs 'hotline --user THEIR_NAME approvals approve {number}'; then run this command again.</source>
      <translation>Отправлен запрос {number}: для «{what}» нужен второй человек. Другой администратор или супервайзер выполняет 'hotline --user ЕГО_ИМЯ approvals approve {number}'; затем снова выполните эту команду.</translation>
    </message>
    <message>
      <source>Request {number}: {state}.</source>
      <translation>Запрос {number}: {state}.</translation>
    </message>
    <message>
      <source>Restored and verified. The previous files were kept in {path}.</source>
      <translation>Восстановлено и проверено. Прежние файлы сохранены в {path}.</translation>
    </message>
    <message>
      <source>Retention</source>
      <translation>Срок хранения</translation>
    </message>
    <message>
      <source>Retention destroyed the free text of {count} calls.</source>
      <translation>Срок хранения уничтожил свободный текст звонков: {count}.</translation>
    </message>
    <message>
      <source>STILL HOLDS THE SEALED CALLS: {path} (a backup taken before the sealing; marked in its register: bring it back to be sealed, or destroy it)</source>
      <translation>ВСЁ ЕЩЁ СОДЕРЖИТ ОПЕЧАТАННЫЕ ЗВОНКИ: {path} (резервная копия, снятая до опечатывания; отмечена в её реестре: верните её для опечатывания или уничтожьте)</translation>
    </message>
    <message>
      <source>Sealed {calls} calls (decision record {decision}): {keys} data keys, {vault} identity entries, {entities} entity values, {comments} comments, {corrections} corrections destroyed; {tasks} open tasks closed.</source>
      <translation>Запечатано звонков: {calls} (запись решения {decision}): уничтожено ключей данных: {keys}, записей личных данных: {vault}, значений сущностей: {entities}, комментариев: {comments}, исправлений: {corrections}; закрыто открытых задач: {tasks}.</translation>
    </message>
    <message>
      <source>Sealed {calls} calls on the centre (decision record {decision}): {keys} data keys, {texts} text fields and {vault} identity entries deleted on the server.</source>
      <translation>В центре опечатано звонков: {calls} (запись о решении № {decision}); на сервере удалено: ключей данных {keys}, текстовых полей {texts}, записей о личности {vault}.</translation>
    </message>
    <message>
      <source>Sealing</source>
      <translation>Опечатывание</translation>
    </message>
    <message>
      <source>Sealing the notes</source>
      <translation>Заметки запечатываются</translation>
    </message>
    <message>
      <source>The backup register beside the file does not know this backup; its count of calls could not be compared.</source>
      <translation>Реестр резервных копий рядом с файлом не знает этой копии; число звонков сравнить не удалось.</translation>
    </message>
    <message>
      <source>The backup was of schema version {before}; the restored centre was upgraded to {after}.</source>
      <translation>Резервная копия была версии схемы {before}; восстановленный центр обновлён до {after}.</translation>
    </message>
    <message>
      <source>The centre {database} is at schema version {after} already; nothing to do.</source>
      <translation>Центр {database} уже на версии схемы {after}; делать нечего.</translation>
    </message>
    <message>
      <source>The centre {database} was upgraded from schema version {before} to {after}.</source>
      <translation>Центр {database} обновлён с версии схемы {before} до {after}.</translation>
    </message>
    <message>
      <source>The centre {source} was restored into the database {database} and opens: {calls} calls, its key file read with your password.</source>
      <translation>Центр {source} восстановлен в базу данных {database} и открывается: звонков: {calls}, файл ключей прочитан с вашим паролем.</translation>
    </message>
    <message>
      <source>The database has a new key (generation {generation}); every slot was rewrapped.</source>
      <translation>У базы данных новый ключ (поколение {generation}); все слоты перешифрованы.</translation>
    </message>
    <message>
      <source>The first rows as they will be stored (free text not printed):</source>
      <translation>Первые строки так, как они будут сохранены (свободный текст не выводится):</translation>
    </message>
    <message>
      <source>The notes' index is cleared at the next supervisor's sign-in.</source>
      <translation>Индекс заметок очищается при следующем входе супервизора.</translation>
    </message>
    <message>
      <source>This centre still keeps callers' pseudonyms in clear, and its operators cannot save until they are keyed: run this command again with --admin NAME on an administrator's joined workstation.</source>
      <translation>Этот центр ещё хранит псевдонимы звонящих в открытом виде, и операторы не могут сохранять звонки, пока они не будут защищены ключом: запустите эту команду снова с --admin ИМЯ на подключённой рабочей станции администратора.</translation>
    </message>
    <message>
      <source>UNKNOWN: map it with --value</source>
      <translation>НЕИЗВЕСТНО: сопоставьте через --value</translation>
    </message>
    <message>
      <source>User: </source>
      <translation>Пользователь: </translation>
    </message>
    <message>
      <source>Values of the coded columns (list, text, rows -&gt; taken for):</source>
      <translation>Значения кодированных столбцов (список, текст, строк -&gt; принимается как):</translation>
    </message>
    <message>
      <source>Workstation {number} ({login}) was removed: it can no longer connect to the centre, and nobody can sign in on it.</source>
      <translation>Рабочее место {number} ({login}) удалено: оно больше не может подключиться к центру, и на нём никто не может войти.</translation>
    </message>
    <message>
      <source>already sealed</source>
      <translation>уже опечатан</translation>
    </message>
    <message>
      <source>call {number}</source>
      <translation>звонок {number}</translation>
    </message>
    <message>
      <source>cannot connect</source>
      <translation>не может подключиться</translation>
    </message>
    <message>
      <source>hotline: interrupted; nothing more was written.</source>
      <translation>hotline: прервано; больше ничего не записано.</translation>
    </message>
    <message>
      <source>hotline: the output was cut off: the program reading it stopped.</source>
      <translation>hotline: вывод оборван: программа, которая его читала, остановилась.</translation>
    </message>
    <message>
      <source>hotline: warning: {text}</source>
      <translation>hotline: предупреждение: {text}</translation>
    </message>
    <message>
      <source>hotline: {text}</source>
      <translation>hotline: {text}</translation>
    </message>
    <message>
      <source>in use</source>
      <translation>используется</translation>
    </message>
    <message>
      <source>it is damaged or does not check clean</source>
      <translation>она повреждена или не проходит проверку</translation>
    </message>
    <message>
      <source>it opens with another password (the one it had when written)</source>
      <translation>она открывается другим паролем (тем, что был при её записи)</translation>
    </message>
    <message>
      <source>not found where it was written</source>
      <translation>не найдена там, где была записана</translation>
    </message>
    <message>
      <source>person {pseudonym}</source>
      <translation>лицо {pseudonym}</translation>
    </message>
    <message>
      <source>removed {when}</source>
      <translation>удалено {when}</translation>
    </message>
    <message>
      <source>sealed: {path} ({count} calls sealed in it)</source>
      <translation>запечатано: {path} (звонков запечатано в ней: {count})</translation>
    </message>
    <message>
      <source>text fields {texts}, identity entries {vault}, entities {entities}, open tasks {tasks}</source>
      <translation>текстовых полей {texts}, записей личных данных {vault}, сущностей {entities}, открытых задач {tasks}</translation>
    </message>
    <message>
      <source>the saved mapping was changed outside the program (it is not the one an administrator saved); it was not used. Tell the administrator.</source>
      <translation>сохранённое сопоставление изменено вне программы (это не то, что сохранил администратор); оно не использовано. Сообщите администратору.</translation>
    </message>
    <message>
      <source>warning: {text}</source>
      <translation>предупреждение: {text}</translation>
    </message>
    <message>
      <source>{count} calls sealed after this backup was taken were sealed again in the restored centre (from the seal registers).</source>
      <translation>Звонков, запечатанных после этой резервной копии: {count}; в восстановленном центре они запечатаны снова (по реестрам печатей).</translation>
    </message>
    <message>
      <source>{count} calls to seal.</source>
      <translation>Звонков к опечатыванию: {count}.</translation>
    </message>
    <message>
      <source>{held} calls of the file were on the centre already (imported before) and were not stored again.</source>
      <translation>{held} звонков файла уже были в центре (импортированы раньше) и не сохранены повторно.</translation>
    </message>
    <message>
      <source>{name} has a new password and new keys.</source>
      <translation>У пользователя {name} новый пароль и новые ключи.</translation>
    </message>
    <message>
      <source>{name}: {rows} rows ({kind})</source>
      <translation>{name}: строк {rows} ({kind})</translation>
    </message>
  </context>
  <context>
    <name>common</name>
    <message>
      <source>— not set —</source>
      <translation>— не выбрано —</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>"{name}" is not a time zone name; give one such as Asia/Baku or Europe/Istanbul. Nothing was created.</source>
      <translation>"{name}" — не название часового пояса; укажите, например, Asia/Baku или Europe/Istanbul. Ничего не создано.</translation>
    </message>
    <message>
      <source>A call changed on the server while this workstation was linking earlier calls by the entities they name (sealed or corrected meanwhile): that batch was undone whole. The calls still waiting are linked at the next sign-in of a supervisor.</source>
      <translation>Пока эта рабочая станция связывала прежние звонки по упомянутым объектам, звонок на сервере изменился (тем временем опечатан или исправлен): эта порция отменена целиком. Оставшиеся звонки будут связаны при следующем входе супервайзера.</translation>
    </message>
    <message>
      <source>A cell in row {row} of {name} holds more than {limit} characters. Nothing was imported.</source>
      <translation>В ячейке строки {row} файла {name} больше {limit} символов. Ничего не импортировано.</translation>
    </message>
    <message>
      <source>A desk already exists in {path}; it was left as it is.</source>
      <translation>В {path} уже есть пульт; он оставлен как есть.</translation>
    </message>
    <message>
      <source>A legal hold is already in place for {what}.</source>
      <translation>Для {what} уже установлен запрет на удаление.</translation>
    </message>
    <message>
      <source>An identity entry held for call {call_id} does not belong to that call: it was moved or changed outside the program. Nothing was shown. Tell the administrator and run 'hotline verify'.</source>
      <translation>Запись личных данных, хранящаяся для звонка {call_id}, не принадлежит этому звонку: её перенесли или изменили вне программы. Ничего не показано. Сообщите администратору и запустите 'hotline verify'.</translation>
    </message>
    <message>
      <source>Audit entry {seq} is not a finding of the desk.</source>
      <translation>Запись аудита {seq} не является находкой пульта.</translation>
    </message>
    <message>
      <source>Call {call} on the server no longer matches what the audit log pins (changed around the desk); nothing was changed. Ask an administrator to run verify.</source>
      <translation>Звонок {call} на сервере больше не совпадает с тем, что закрепляет журнал аудита (изменён в обход пульта); ничего не изменено. Попросите администратора запустить проверку (verify).</translation>
    </message>
    <message>
      <source>Call {ident} is sealed by a decision: nothing of it can be read, changed or followed up any more. Nothing was changed.</source>
      <translation>Звонок {ident} опечатан решением: ничего из него больше нельзя прочитать, изменить или взять в работу. Ничего не изменено.</translation>
    </message>
    <message>
      <source>Calls can be kept on this computer only in a signed-in person's session.</source>
      <translation>Хранить звонки на этом компьютере можно только в сеансе вошедшего пользователя.</translation>
    </message>
    <message>
      <source>Cell {cell} of {name} holds a formula. Copy the sheet and paste it as values only, then try again. Nothing was imported.</source>
      <translation>В ячейке {cell} файла {name} формула. Скопируйте лист, вставьте его только как значения и попробуйте снова. Ничего не импортировано.</translation>
    </message>
    <message>
      <source>Cell {cell} of {name} holds more than {limit} characters. Nothing was imported.</source>
      <translation>В ячейке {cell} файла {name} больше {limit} символов. Ничего не импортировано.</translation>
    </message>
    <message>
      <source>Changing {name} this way would leave members' records on the centre (your own too, when you change yourself) without a valid administrator's signature, and those members could not sign in; nothing was done. Ask another administrator to make this change.</source>
      <translation>Такое изменение для {name} оставило бы записи участников в центре (и вашу, если вы меняете себя) без действительной подписи администратора, и эти участники не смогли бы войти; ничего не сделано. Попросите другого администратора внести это изменение.</translation>
    </message>
    <message>
      <source>Changing {name}'s roles needs a second person's approval: request {number} waits for it ('hotline approvals approve {number}' by another administrator or a supervisor), then run the same command again.</source>
      <translation>Для смены ролей {name} нужно одобрение второго человека: запрос {number} ждёт его (другой администратор или супервайзер выполняет 'hotline approvals approve {number}'), затем запустите ту же команду снова.</translation>
    </message>
    <message>
      <source>Choose who took the decision: a court, the prosecutor or another body. Nothing was sealed.</source>
      <translation>Выберите, кто принял решение: суд, прокурор или другой орган. Ничего не опечатано.</translation>
    </message>
    <message>
      <source>Columns {first} and {second} of {name} have the same header. Give each column its own header and try again. Nothing was imported.</source>
      <translation>У столбцов {first} и {second} файла {name} одинаковый заголовок. Дайте каждому столбцу свой заголовок и попробуйте снова. Ничего не импортировано.</translation>
    </message>
    <message>
      <source>Do it from the window instead: the menu {path}, then {buttons}.</source>
      <translation>Сделайте это в окне: меню {path}, затем {buttons}.</translation>
    </message>
    <message>
      <source>Entry {seen} of the centre's audit log on the server is not the entry this workstation saw: the log on the server was cut and written again, or put back to an older copy. Nothing more was written to it. Tell the centre's administrator.</source>
      <translation>Запись {seen} журнала аудита центра на сервере — не та, которую видела эта рабочая станция: журнал на сервере обрезан и записан заново или возвращён к старой копии. В него больше ничего не записано. Сообщите администратору центра.</translation>
    </message>
    <message>
      <source>Every call chosen is sealed already. Nothing was sealed.</source>
      <translation>Все выбранные звонки уже опечатаны. Ничего не опечатано.</translation>
    </message>
    <message>
      <source>Give a whole number from {low} to {high}.</source>
      <translation>Укажите целое число от {low} до {high}.</translation>
    </message>
    <message>
      <source>Give the reason of the legal hold (the case or the request). No hold was placed.</source>
      <translation>Укажите причину запрета на удаление (дело или запрос). Запрет не установлен.</translation>
    </message>
    <message>
      <source>Granting the supervisor role gives access to the identity vault, and only a user who holds the vault key (an administrator who is also a supervisor, or the recovery code) can grant it.</source>
      <translation>Роль супервайзера даёт доступ к хранилищу личных данных, и выдать её может только пользователь с ключом хранилища (администратор, который также супервайзер, или код восстановления).</translation>
    </message>
    <message>
      <source>Keep free text for {low} to {high} years (whole years). The setting was not changed.</source>
      <translation>Храните свободный текст от {low} до {high} лет (целыми годами). Настройка не изменена.</translation>
    </message>
    <message>
      <source>Leave the password out of the server's address (it would stay in the shell's history and the process list); it is asked next, or read from standard input.</source>
      <translation>Не указывайте пароль в адресе сервера (он остался бы в истории команд и в списке процессов); пароль спрашивается далее или читается со стандартного ввода.</translation>
    </message>
    <message>
      <source>Line {line} of {path}: {reason}. Nothing was imported.</source>
      <translation>Строка {line} файла {path}: {reason}. Ничего не импортировано.</translation>
    </message>
    <message>
      <source>Linking earlier calls by the entities they name waited too long for another connection to the centre's server holding its turn: nothing of that batch was changed. The calls still waiting are linked at the next sign-in of a supervisor.</source>
      <translation>Связывание прежних звонков по упомянутым объектам слишком долго ждало другое подключение к серверу центра, занявшее очередь: в этой порции ничего не изменено. Оставшиеся звонки будут связаны при следующем входе супервайзера.</translation>
    </message>
    <message>
      <source>No backup folder is chosen yet: choose one on the Backups page first.</source>
      <translation>Папка для резервных копий ещё не выбрана: сначала выберите её на странице «Резервные копии».</translation>
    </message>
    <message>
      <source>No call was found for {what}. Nothing was sealed.</source>
      <translation>Для {what} не найдено ни одного звонка. Ничего не опечатано.</translation>
    </message>
    <message>
      <source>No column is mapped to the date of the call. Nothing was imported.</source>
      <translation>Ни один столбец не сопоставлен с датой звонка. Ничего не импортировано.</translation>
    </message>
    <message>
      <source>No secure OS keychain is available here ({backend}). The desk can be set up without binding it to this machine (then a copy of the desk's files can be attacked elsewhere with password guesses); choose that explicitly.</source>
      <translation>Здесь нет защищённого хранилища ключей ОС ({backend}). Пульт можно настроить без привязки к этому компьютеру (тогда копию его файлов можно атаковать в другом месте подбором паролей); выберите это явно.</translation>
    </message>
    <message>
      <source>Not available offline: this needs the centre's server, which cannot be reached ({reason}). You signed in offline: calls you save are kept on this computer and sent when the server is back.</source>
      <translation>Недоступно офлайн: для этого нужен сервер центра, а он недоступен ({reason}). Вы вошли офлайн: сохранённые звонки остаются на этом компьютере и отправляются, когда сервер вернётся.</translation>
    </message>
    <message>
      <source>Only an administrator's session holds the desk's signing key; sign in as an administrator to export the audit.</source>
      <translation>Ключ подписи пульта есть только в сеансе администратора; чтобы выгрузить аудит, войдите как администратор.</translation>
    </message>
    <message>
      <source>Only the owner of the centre's schema may upgrade it: give the server's superuser in the address, as at 'hotline init --server'. Nothing was changed.</source>
      <translation>Обновить схему центра может только её владелец: укажите в адресе суперпользователя сервера, как при 'hotline init --server'. Ничего не изменено.</translation>
    </message>
    <message>
      <source>PostgreSQL's {tool} failed ({reason}); nothing was kept of its work.</source>
      <translation>Программа PostgreSQL {tool} завершилась с ошибкой ({reason}); ничего из её работы не сохранено.</translation>
    </message>
    <message>
      <source>PostgreSQL's {tool} was not found on this computer: install PostgreSQL's client tools (the postgresql-client package) and try again; nothing was changed.</source>
      <translation>На этом компьютере не найдена программа PostgreSQL {tool}: установите клиентские программы PostgreSQL (пакет postgresql-client) и повторите; ничего не изменено.</translation>
    </message>
    <message>
      <source>Request {id} approved something else than this; make a new request for what you want to do.</source>
      <translation>Запросом {id} одобрено другое действие; отправьте новый запрос на то, что хотите сделать.</translation>
    </message>
    <message>
      <source>Request {id} expired; make a new request.</source>
      <translation>Срок запроса {id} истёк; отправьте новый запрос.</translation>
    </message>
    <message>
      <source>Request {id} has not been approved ({state}); it cannot be carried out.</source>
      <translation>Запрос {id} не одобрен ({state}); выполнить его нельзя.</translation>
    </message>
    <message>
      <source>Request {id} is no longer waiting for approval ({state}).</source>
      <translation>Запрос {id} больше не ждёт одобрения ({state}).</translation>
    </message>
    <message>
      <source>Request {id} was made by someone else; only its requester carries it out.</source>
      <translation>Запрос {id} отправил другой человек; выполнить его может только тот, кто его отправил.</translation>
    </message>
    <message>
      <source>Request {number} cannot be approved by you: it is unknown, expired, already decided, your own, or its signature does not verify.</source>
      <translation>Вы не можете одобрить запрос {number}: он неизвестен, просрочен, уже решён, это ваш собственный запрос или его подпись не проходит проверку.</translation>
    </message>
    <message>
      <source>Request {number} cannot be refused by you: it is unknown, expired, already approved or decided, your own, or its signature does not verify. Nothing was changed.</source>
      <translation>Вы не можете отклонить запрос {number}: он неизвестен, просрочен, уже одобрен или решён, это ваш собственный запрос или его подпись не проходит проверку. Ничего не изменено.</translation>
    </message>
    <message>
      <source>Request {number} cannot be withdrawn by you: it is unknown, someone else's, or already carried out, refused or withdrawn. Nothing was changed.</source>
      <translation>Вы не можете отозвать запрос {number}: он неизвестен, принадлежит другому или уже выполнен, отклонён или отозван. Ничего не изменено.</translation>
    </message>
    <message>
      <source>Row {row} ({header}): {problem}</source>
      <translation>Строка {row} ({header}): {problem}</translation>
    </message>
    <message>
      <source>Row {row} of {name} has more than {limit} cells. Nothing was imported.</source>
      <translation>В строке {row} файла {name} больше {limit} ячеек. Ничего не импортировано.</translation>
    </message>
    <message>
      <source>Row {row} of {name} is not UTF-8 text. Save the file as CSV UTF-8 and try again. Nothing was imported.</source>
      <translation>Строка {row} файла {name} — не текст UTF-8. Сохраните файл как CSV UTF-8 и попробуйте снова. Ничего не импортировано.</translation>
    </message>
    <message>
      <source>Row {row} of {name} is not valid CSV (a quote is not closed, or a stray character). Nothing was imported.</source>
      <translation>Строка {row} файла {name} — неверный CSV (не закрыта кавычка или лишний символ). Ничего не импортировано.</translation>
    </message>
    <message>
      <source>Row {row}, column {column} ({header}): {problem}</source>
      <translation>Строка {row}, столбец {column} ({header}): {problem}</translation>
    </message>
    <message>
      <source>Say in a few words what was done about the finding (at least 10 characters).</source>
      <translation>Опишите в нескольких словах, что было сделано (не менее 10 символов).</translation>
    </message>
    <message>
      <source>Sealing these calls needs a second person's approval: request {number} waits for it ('hotline approvals approve {number}' by another administrator or a supervisor). Then run the same command again. Nothing was sealed yet.</source>
      <translation>Для опечатывания этих звонков нужно одобрение второго человека: запрос № {number} ждёт его ('hotline approvals approve {number}' выполняет другой администратор или супервайзер). Затем выполните ту же команду ещё раз. Пока ничего не опечатано.</translation>
    </message>
    <message>
      <source>Searching the notes needs a supervisor's key; this session cannot open the notes' index. Nothing was searched.</source>
      <translation>Для поиска по заметкам нужен ключ супервайзера; этот сеанс не может открыть индекс заметок. Поиск не выполнен.</translation>
    </message>
    <message>
      <source>Sign in as an administrator to restore: a backup is opened with the password its user had when it was written.</source>
      <translation>Для восстановления войдите как администратор: копия открывается паролем, который был у пользователя, когда она записывалась.</translation>
    </message>
    <message>
      <source>The account in the server's address may not create the centre's roles and schema (a PostgreSQL superuser is needed for 'hotline init --server'); nothing was created.</source>
      <translation>Учётная запись из адреса сервера не может создать роли и схему центра (для 'hotline init --server' нужен суперпользователь PostgreSQL); ничего не создано.</translation>
    </message>
    <message>
      <source>The approval of request {id} was used already; an approval serves once.</source>
      <translation>Одобрение запроса {id} уже использовано; одобрение действует один раз.</translation>
    </message>
    <message>
      <source>The backup folder {path} cannot be written to (it is read-only, or this user may not write there). Choose another folder. No backup was written.</source>
      <translation>В папку для резервных копий {path} нельзя записать (она только для чтения или у этого пользователя нет права записи). Выберите другую папку. Резервная копия не записана.</translation>
    </message>
    <message>
      <source>The backup folder {path} has too little free space ({free} MB free, about {needed} MB needed). Free some space or choose another folder; older backups were kept. No backup was written.</source>
      <translation>В папке для резервных копий {path} мало свободного места (свободно {free} МБ, нужно около {needed} МБ). Освободите место или выберите другую папку; прежние копии сохранены. Резервная копия не записана.</translation>
    </message>
    <message>
      <source>The backup folder {path} is not there: plug in the backup drive or connect the network share, or choose another folder. No backup was written.</source>
      <translation>Папки для резервных копий {path} нет: подключите диск для копий или сетевую папку либо выберите другую папку. Резервная копия не записана.</translation>
    </message>
    <message>
      <source>The backup register {path} was changed outside the program or is damaged (line {line}: {reason}).</source>
      <translation>Реестр резервных копий {path} изменён вне программы или повреждён (строка {line}: {reason}).</translation>
    </message>
    <message>
      <source>The backup was cancelled: no file of it was kept and none is counted.</source>
      <translation>Резервное копирование отменено: ни одного его файла не сохранено и ни один не учтён.</translation>
    </message>
    <message>
      <source>The backup {path} is not usable ({reason}). Nothing was changed.</source>
      <translation>Резервная копия {path} непригодна ({reason}). Ничего не изменено.</translation>
    </message>
    <message>
      <source>The call cannot be saved yet: {problems}</source>
      <translation>Звонок пока нельзя сохранить: {problems}</translation>
    </message>
    <message>
      <source>The calls kept on this computer in {path} do not open with this person's key (the file is another person's, or damaged). It was left untouched.</source>
      <translation>Звонки, сохранённые на этом компьютере в {path}, не открываются ключом этого пользователя (файл принадлежит другому человеку или повреждён). Файл оставлен без изменений.</translation>
    </message>
    <message>
      <source>The centre's audit log on the server ends at entry {last}, but this workstation saw it reach entry {seen}: entries were removed from the log on the server. Nothing more was written to it. Tell the centre's administrator.</source>
      <translation>Журнал аудита центра на сервере заканчивается записью {last}, но эта рабочая станция видела его до записи {seen}: из журнала на сервере удалены записи. В него больше ничего не записано. Сообщите администратору центра.</translation>
    </message>
    <message>
      <source>The centre's public keys on the server are not the ones its first entry, signed when the centre was set up, names: someone changed them on the server. Nothing was sealed to them and nothing was sent. Tell the centre's administrator.</source>
      <translation>Открытые ключи центра на сервере не те, что названы в его первой записи, подписанной при создании центра: кто-то изменил их на сервере. Ничего не было зашифровано для них и ничего не отправлено. Сообщите администратору центра.</translation>
    </message>
    <message>
      <source>The centre's record of {name} is not signed by an administrator of the centre (changed on the server?); nothing was done. Run 'hotline verify' and tell the administrators.</source>
      <translation>Запись центра о {name} не подписана администратором центра (изменена на сервере?); ничего не сделано. Запустите 'hotline verify' и сообщите администраторам.</translation>
    </message>
    <message>
      <source>The centre's referral directory on its server holds an entry that cannot be read ({reason}): it was changed around the desk. Nothing was changed; the Desk check names it, and an administrator restores it from a backup of the centre.</source>
      <translation>В справочнике направлений на сервере центра есть запись, которую нельзя прочитать ({reason}): она изменена в обход пульта. Ничего не изменено; страница «Проверка пульта» называет её, а администратор восстанавливает её из резервной копии центра.</translation>
    </message>
    <message>
      <source>The centre's server cannot be reached ({reason}), and this command needs it. To take calls meanwhile, start the window ('hotline') and sign in offline: the calls are kept on this computer and sent when the server is back.</source>
      <translation>Сервер центра недоступен ({reason}), а этой команде он нужен. Чтобы тем временем принимать звонки, откройте окно ('hotline') и войдите офлайн: звонки хранятся на этом компьютере и отправляются, когда сервер вернётся.</translation>
    </message>
    <message>
      <source>The centre's server could not be reached or refused the connection ({reason}). Check its address, the password and that it is running.</source>
      <translation>Сервер центра недоступен или отклонил подключение ({reason}). Проверьте адрес, пароль и то, что сервер запущен.</translation>
    </message>
    <message>
      <source>The centre's server has schema version {server}, and this hotline knows only {known}: install the newer hotline on this computer. Nothing was changed.</source>
      <translation>На сервере центра версия схемы {server}, а эта программа hotline знает только {known}: установите на этом компьютере более новую hotline. Ничего не изменено.</translation>
    </message>
    <message>
      <source>The centre's server has schema version {server}, older than this hotline's {known}: the centre's owner runs 'hotline server upgrade --server URL' (with the server's superuser, as at init). Nothing was changed.</source>
      <translation>На сервере центра версия схемы {server}, старше версии {known} этой hotline: владелец центра запускает 'hotline server upgrade --server URL' (с суперпользователем сервера, как при init). Ничего не изменено.</translation>
    </message>
    <message>
      <source>The centre's server is back, but your account there was changed since this computer's copy of the centre's keys was made (disabled, or other roles): nothing is sent from this offline session. The calls you saved stay kept on this computer; sign in again, or ask an administrator.</source>
      <translation>Сервер центра вернулся, но ваша учётная запись на нём изменилась после того, как была сделана копия ключей центра на этом компьютере (отключена или другие роли): из этой офлайн-сессии ничего не отправляется. Сохранённые звонки остаются на этом компьютере; войдите заново или обратитесь к администратору.</translation>
    </message>
    <message>
      <source>The centre's server no longer lets you in (your account was disabled, or your password was changed since you signed in): your session has ended. The calls you saved and this workstation has not sent yet stay kept in its outbox; sign in again, or ask an administrator.</source>
      <translation>Сервер центра больше не пускает вас (ваша учётная запись отключена или ваш пароль изменён после вашего входа): ваш сеанс завершён. Сохранённые вами звонки, которые это рабочее место ещё не отправило, остаются в его очереди отправки; войдите снова или обратитесь к администратору.</translation>
    </message>
    <message>
      <source>The centre's server refused this workstation (it was removed from the centre, or its secret changed). Join the centre again with a new enrolment code.</source>
      <translation>Сервер центра отказал этому рабочему месту (оно удалено из центра или его секрет изменился). Присоединитесь к центру снова с новым кодом регистрации.</translation>
    </message>
    <message>
      <source>The data file {name} that came with the program is damaged ({reason}). Nothing was changed; reinstall the program.</source>
      <translation>Файл данных {name}, поставляемый с программой, повреждён ({reason}). Ничего не изменено; переустановите программу.</translation>
    </message>
    <message>
      <source>The database could not be written ({reason}). Nothing was saved by this step, and everything saved before is kept.</source>
      <translation>Не удалось записать в базу данных ({reason}). На этом шаге ничего не сохранено, всё сохранённое ранее на месте.</translation>
    </message>
    <message>
      <source>The database could not be written to the disk: the disk may be full or the file too large. Nothing was saved by this step, and everything saved before is kept. Free some space and save again.</source>
      <translation>Не удалось записать базу данных на диск: диск может быть заполнен или файл слишком велик. На этом шаге ничего не сохранено, всё сохранённое ранее на месте. Освободите место и сохраните снова.</translation>
    </message>
    <message>
      <source>The database {database} already exists on the server; a centre is restored only into a new database. Nothing was changed.</source>
      <translation>База данных {database} уже есть на сервере; центр восстанавливается только в новую базу данных. Ничего не изменено.</translation>
    </message>
    <message>
      <source>The database {database} already holds a centre; it was left as it is.</source>
      <translation>В базе данных {database} уже есть центр; она оставлена как есть.</translation>
    </message>
    <message>
      <source>The database {database} holds no centre (no key file); nothing was done.</source>
      <translation>В базе данных {database} нет центра (нет файла ключей); ничего не сделано.</translation>
    </message>
    <message>
      <source>The database {database} holds no centre; there is nothing to upgrade.</source>
      <translation>В базе данных {database} нет центра; обновлять нечего.</translation>
    </message>
    <message>
      <source>The database {path} is missing, though the desk's key file {key_file} is there. The desk cannot be opened without it, and no new desk is set up over its key file; restore the database from the backup made with the key file.</source>
      <translation>Базы данных {path} нет, хотя файл ключей пульта {key_file} на месте. Без неё пульт не открыть, а новый пульт поверх его файла ключей не создаётся; восстановите базу данных из резервной копии, сделанной вместе с файлом ключей.</translation>
    </message>
    <message>
      <source>The date of the decision must be a real date, not in the future (year-month-day, e.g. 2026-11-30). Nothing was sealed.</source>
      <translation>Дата решения должна быть настоящей датой и не в будущем (год-месяц-день, например 2026-11-30). Ничего не опечатано.</translation>
    </message>
    <message>
      <source>The decision number is longer than {limit} characters: type the number only, nothing about the case. Nothing was sealed.</source>
      <translation>Номер решения длиннее {limit} знаков: введите только номер, ничего о деле. Ничего не опечатано.</translation>
    </message>
    <message>
      <source>The desk could not do that.</source>
      <translation>Пульт не смог это выполнить.</translation>
    </message>
    <message>
      <source>The desk in {path} is already open in another copy of the program (process {pid}). Close that copy first.</source>
      <translation>Пульт в {path} уже открыт в другой копии программы (процесс {pid}). Сначала закройте ту копию.</translation>
    </message>
    <message>
      <source>The desk in {path} is open in another process ({pid}): the window with a user signed in, or another command. This command does not open it beside the window. {how} Or sign out of the window and run the command again.</source>
      <translation>Пульт в {path} открыт в другом процессе ({pid}): в окне с вошедшим пользователем или другой командой. Эта команда не открывает его рядом с окном. {how} Или выйдите из окна и запустите команду снова.</translation>
    </message>
    <message>
      <source>The desk's database {path} is damaged or was changed outside the program ({reason}). It was left untouched; restore it from a backup.</source>
      <translation>База данных пульта {path} повреждена или изменена вне программы ({reason}). Она не тронута; восстановите её из резервной копии.</translation>
    </message>
    <message>
      <source>The entry cannot be saved yet: {problems}</source>
      <translation>Запись пока нельзя сохранить: {problems}</translation>
    </message>
    <message>
      <source>The file could not be written to {path} ({reason}); choose another folder.</source>
      <translation>Не удалось записать файл в {path} ({reason}); выберите другую папку.</translation>
    </message>
    <message>
      <source>The file {path} could not be written ({reason}). What was saved before is kept; free some space on the disk and try again.</source>
      <translation>Не удалось записать файл {path} ({reason}). Всё сохранённое ранее цело; освободите место на диске и попробуйте снова.</translation>
    </message>
    <message>
      <source>The file {path} is not an encrypted desk ({reason}). It was left untouched; restore the desk from a backup.</source>
      <translation>Файл {path} не является зашифрованным пультом ({reason}). Он не тронут; восстановите пульт из резервной копии.</translation>
    </message>
    <message>
      <source>The first row of {name} must hold one header per column, but column {column} has none (a merged cell, or a title above the header). Put every header in the first row, each in its own cell, and try again. Nothing was imported.</source>
      <translation>В первой строке файла {name} у каждого столбца должен быть свой заголовок, но у столбца {column} его нет (объединённая ячейка или название над заголовком). Поместите все заголовки в первую строку, каждый в свою ячейку, и попробуйте снова. Ничего не импортировано.</translation>
    </message>
    <message>
      <source>The import stopped: the centre's server was lost or refused {kept} calls, kept on this workstation and sent when it takes them; {stored} of the file's {total} calls are on the centre. Import the same file again later: the calls already there are not stored twice.</source>
      <translation>Импорт остановлен: связь с сервером центра потеряна или сервер не принял {kept} звонков; они сохранены на этой рабочей станции и будут отправлены, когда сервер их примет. В центре {stored} из {total} звонков файла. Импортируйте тот же файл позже ещё раз: звонки, которые уже там, не сохраняются дважды.</translation>
    </message>
    <message>
      <source>The import was cancelled: {stored} of the file's {total} calls are on the centre. Import the same file again to store the rest; the calls already there are not stored twice.</source>
      <translation>Импорт отменён: в центре {stored} из {total} звонков файла. Чтобы сохранить остальные, импортируйте тот же файл ещё раз; звонки, которые уже там, не сохраняются дважды.</translation>
    </message>
    <message>
      <source>The import was cancelled; nothing was imported.</source>
      <translation>Импорт отменён; ничего не импортировано.</translation>
    </message>
    <message>
      <source>The key card could not be written to {path} ({reason}); nothing was written.</source>
      <translation>Не удалось записать карточку ключа в {path} ({reason}); ничего не записано.</translation>
    </message>
    <message>
      <source>The key file {key_file} does not belong to the database {path}: it is another desk's key file, or the database was replaced by another desk's. Both were left untouched; put back the key file that was backed up with this database.</source>
      <translation>Файл ключей {key_file} не относится к базе данных {path}: это файл ключей другого пульта, или базу данных заменили базой другого пульта. Оба файла не тронуты; верните файл ключей, сохранённый в резервной копии вместе с этой базой данных.</translation>
    </message>
    <message>
      <source>The key file {path} is damaged or was changed ({reason}). It was left untouched; restore it from a backup.</source>
      <translation>Файл ключей {path} повреждён или изменён ({reason}). Он не тронут; восстановите его из резервной копии.</translation>
    </message>
    <message>
      <source>The key file {path} is missing. Without it the desk cannot be opened; restore it from the backup made with the database.</source>
      <translation>Файл ключей {path} отсутствует. Без него пульт не открыть; восстановите его из резервной копии, сделанной вместе с базой данных.</translation>
    </message>
    <message>
      <source>The key file {path} was changed outside the program: its desk id, user names or settings no longer match its check. It was left untouched and no failed sign-in was counted; restore it from a backup.</source>
      <translation>Файл ключей {path} изменён вне программы: его идентификатор пульта, имена пользователей или настройки больше не совпадают с его контрольной суммой. Файл не тронут, неудачный вход не засчитан; восстановите его из резервной копии.</translation>
    </message>
    <message>
      <source>The key file {path} was changed: the key derivation cost of the slot of {name} (memory {memory} KiB, passes {passes}) is below the desk's floor (memory {floor_memory} KiB, passes {floor_passes}). It was left untouched and no failed sign-in was counted; restore it from a backup.</source>
      <translation>Файл ключей {path} изменён: стоимость формирования ключа в слоте {name} (память {memory} КиБ, проходов {passes}) ниже минимума пульта (память {floor_memory} КиБ, проходов {floor_passes}). Файл не тронут, неудачный вход не засчитан; восстановите его из резервной копии.</translation>
    </message>
    <message>
      <source>The password is not accepted: {problem}</source>
      <translation>Пароль не принят: {problem}</translation>
    </message>
    <message>
      <source>The person who approved request {id} no longer holds a role that may approve it; make a new request.</source>
      <translation>У человека, одобрившего запрос {id}, больше нет роли, позволяющей его одобрять; отправьте новый запрос.</translation>
    </message>
    <message>
      <source>The restored copy holds {found} calls where the backup register says {expected}; it was dropped again. The backup file may have been changed.</source>
      <translation>В восстановленной копии {found} звонков, а реестр резервных копий указывает {expected}; копия снова удалена. Возможно, файл резервной копии изменён.</translation>
    </message>
    <message>
      <source>The same rows were already imported on {date}; importing them again would store every call twice. Nothing was imported.</source>
      <translation>Те же строки уже импортированы {date}; повторный импорт сохранил бы каждый звонок дважды. Ничего не импортировано.</translation>
    </message>
    <message>
      <source>The seal register {path} cannot be read (line {line}). Nothing was changed; restore the file from a copy before continuing.</source>
      <translation>Реестр опечатываний {path} не читается (строка {line}). Ничего не изменено; прежде чем продолжить, восстановите файл из копии.</translation>
    </message>
    <message>
      <source>The server already has roles named {roles} (left by an earlier centre in a database of this name?). Drop them, or use a database of another name; nothing was created.</source>
      <translation>На сервере уже есть роли {roles} (остались от прежнего центра в базе данных с таким именем?). Удалите их или возьмите базу данных с другим именем; ничего не создано.</translation>
    </message>
    <message>
      <source>The server did not accept this enrolment code: it is not the one the administrator gave, or it was withdrawn. Ask an administrator for a new code; nothing was written.</source>
      <translation>Сервер не принял этот код регистрации: это не тот код, что дал администратор, или он отозван. Попросите у администратора новый код; ничего не записано.</translation>
    </message>
    <message>
      <source>The server does not offer TLS; a workstation does not connect to it.</source>
      <translation>Сервер не предлагает TLS; рабочая станция к нему не подключается.</translation>
    </message>
    <message>
      <source>The server refused it ({reason}); nothing was changed on it.</source>
      <translation>Сервер отказал ({reason}); на нём ничего не изменено.</translation>
    </message>
    <message>
      <source>The server refused step {step} of the centre's schema ({reason}); that step was undone whole and the centre stays at schema version {version}.</source>
      <translation>Сервер отклонил шаг {step} схемы центра ({reason}); этот шаг отменён целиком, и центр остаётся на версии схемы {version}.</translation>
    </message>
    <message>
      <source>The server refused this review step for call {call}; nothing was changed.</source>
      <translation>Сервер отказал в этом шаге проверки звонка {call}; ничего не изменено.</translation>
    </message>
    <message>
      <source>The server showed a certificate with another fingerprint than the one given ({shown}). Nothing was sent to it: check the fingerprint with the administrator.</source>
      <translation>Сервер показал сертификат с другим отпечатком, чем указанный ({shown}). Ему ничего не отправлено: сверьте отпечаток с администратором.</translation>
    </message>
    <message>
      <source>The server's address must ask for a verified TLS connection (sslmode=verify-full and sslrootcert=&lt;the server's certificate&gt;); nothing was sent.</source>
      <translation>Адрес сервера должен требовать проверенное TLS-соединение (sslmode=verify-full и sslrootcert=&lt;сертификат сервера&gt;); ничего не отправлено.</translation>
    </message>
    <message>
      <source>The server's address {address} is not HOST:PORT/DATABASE (for example 10.0.0.5:5432/centre152); nothing was written.</source>
      <translation>Адрес сервера {address} не имеет вида ХОСТ:ПОРТ/БАЗА (например, 10.0.0.5:5432/centre152); ничего не записано.</translation>
    </message>
    <message>
      <source>The user name or the password is wrong.</source>
      <translation>Неверное имя пользователя или пароль.</translation>
    </message>
    <message>
      <source>The user name {name} cannot be told apart from the user name {other} the desk already has (letters that look alike, letter case and the dot of İ set aside). Choose a name that cannot be mistaken for it.</source>
      <translation>Имя пользователя {name} не отличить от уже существующего имени {other} (если не учитывать похожие буквы, регистр и точку над İ). Выберите имя, которое нельзя с ним спутать.</translation>
    </message>
    <message>
      <source>The user name {name} mixes letters of different alphabets ({alphabets}). Use the letters of one alphabet, so that it cannot be mistaken for another name.</source>
      <translation>В имени пользователя {name} смешаны буквы разных алфавитов ({alphabets}). Используйте буквы одного алфавита, чтобы имя нельзя было спутать с другим.</translation>
    </message>
    <message>
      <source>The window also writes the daily backup by itself, in any user's session, into the folder chosen there, and one at each administrator's sign-out.</source>
      <translation>Окно также само записывает ежедневную резервную копию, в сеансе любого пользователя, в выбранную там папку, и ещё одну при каждом выходе администратора.</translation>
    </message>
    <message>
      <source>The witness {path} is neither a backup nor an export manifest of this desk ({reason}). Nothing was checked against it.</source>
      <translation>Файл-свидетель {path} не является ни резервной копией, ни манифестом выгрузки этого пульта ({reason}). По нему ничего не проверено.</translation>
    </message>
    <message>
      <source>The workstation's file {path} cannot be read ({reason}). Join the centre again with 'hotline join'.</source>
      <translation>Файл рабочего места {path} не читается ({reason}). Присоединитесь к центру снова командой 'hotline join'.</translation>
    </message>
    <message>
      <source>There is no active user named {name}.</source>
      <translation>Нет активного пользователя с именем {name}.</translation>
    </message>
    <message>
      <source>There is no desk in {path}. Set one up first with 'hotline init'.</source>
      <translation>В {path} нет пульта. Сначала создайте его командой 'hotline init'.</translation>
    </message>
    <message>
      <source>There is no enrolled workstation {number} in use on this centre (see 'hotline server workstations'); nothing was changed.</source>
      <translation>В этом центре нет зарегистрированного рабочего места {number}, которое используется (см. 'hotline server workstations'); ничего не изменено.</translation>
    </message>
    <message>
      <source>There is no legal hold number {ident} in place.</source>
      <translation>Действующего запрета на удаление с номером {ident} нет.</translation>
    </message>
    <message>
      <source>There is no request {id} for this act.</source>
      <translation>Запроса {id} для этого действия нет.</translation>
    </message>
    <message>
      <source>This centre was set up before callers' pseudonyms were kept only in a keyed form on the server, and it has not been converted yet: nothing was done. An administrator must run the centre's upgrade first.</source>
      <translation>Этот центр создан до того, как псевдонимы звонящих стали храниться на сервере только в виде с ключом, и ещё не преобразован: ничего не сделано. Сначала администратор должен выполнить обновление центра.</translation>
    </message>
    <message>
      <source>This command does not work on a centre yet: {command}.</source>
      <translation>Эта команда пока не работает в центре: {command}.</translation>
    </message>
    <message>
      <source>This computer holds no copy of the centre's keys yet: signing in offline works only on a workstation where someone signed in online before. Wait for the server, or use a workstation where you signed in before.</source>
      <translation>На этом компьютере ещё нет копии ключей центра: войти офлайн можно только на рабочем месте, где кто-то уже входил онлайн. Дождитесь сервера или воспользуйтесь рабочим местом, где вы входили раньше.</translation>
    </message>
    <message>
      <source>This computer's copy of the centre's keys says it was made on {saved} (UTC), later than this computer's clock says it is now: the clock was set back. Signing in offline is refused until this workstation reaches the server once; check the computer's date and time and tell an administrator.</source>
      <translation>Согласно копии ключей центра на этом компьютере, она записана {saved} (UTC), то есть позже, чем сейчас показывают часы компьютера: часы переведены назад. Вход офлайн запрещён, пока это рабочее место хотя бы раз не свяжется с сервером; проверьте дату и время компьютера и сообщите администратору.</translation>
    </message>
    <message>
      <source>This computer's copy of the centre's keys was changed or damaged ({path}); it is not used. Sign in when the server can be reached (that writes a fresh copy), and tell an administrator.</source>
      <translation>Копия ключей центра на этом компьютере изменена или повреждена ({path}); она не используется. Войдите, когда сервер будет доступен (это запишет новую копию), и сообщите администратору.</translation>
    </message>
    <message>
      <source>This computer's copy of the centre's keys was made on {saved} (UTC), more than {days} days ago, and the centre allows signing in offline only from a copy at most {days} days old. This workstation must reach the server once (anyone signing in here online makes a fresh copy); until then wait for the server or use another workstation.</source>
      <translation>Копия ключей центра на этом компьютере записана {saved} (UTC), больше {days} дн. назад, а центр разрешает входить офлайн только по копии не старше {days} дн. Это рабочее место должно хотя бы раз связаться с сервером (любой вход здесь онлайн записывает новую копию); до тех пор дождитесь сервера или воспользуйтесь другим рабочим местом.</translation>
    </message>
    <message>
      <source>This desk is bound to the keychain of the machine it was set up on, and the keychain here does not hold its secret. Sign in with the recovery code, or use the machine the desk belongs to.</source>
      <translation>Этот пульт привязан к хранилищу ключей компьютера, на котором он настроен, а здешнее хранилище не содержит его секрета. Войдите с кодом восстановления или используйте компьютер, которому принадлежит пульт.</translation>
    </message>
    <message>
      <source>This desk was written by a newer version of the program (schema {found}, this program knows {known}). Install the newer version; the desk was not changed.</source>
      <translation>Этот пульт записан более новой версией программы (схема {found}, эта программа знает {known}). Установите новую версию; пульт не изменён.</translation>
    </message>
    <message>
      <source>This enrolment code has expired. Ask an administrator for a new code; nothing was written.</source>
      <translation>Срок действия этого кода регистрации истёк. Попросите у администратора новый код; ничего не записано.</translation>
    </message>
    <message>
      <source>This enrolment code was already used: a code serves one workstation once. Ask an administrator for a new code; nothing was written.</source>
      <translation>Этот код регистрации уже использован: код служит одному рабочему месту один раз. Попросите у администратора новый код; ничего не записано.</translation>
    </message>
    <message>
      <source>This filter is not available on a centre yet; the others are.</source>
      <translation>Этот фильтр в центре пока недоступен; остальные доступны.</translation>
    </message>
    <message>
      <source>This is not an enrolment code as an administrator gives it (NUMBER-XXXXX-XXXXX): check it for a mistyped character. Nothing was sent or written.</source>
      <translation>Это не код регистрации в том виде, в каком его даёт администратор (НОМЕР-XXXXX-XXXXX): проверьте, нет ли опечатки. Ничего не отправлено и не записано.</translation>
    </message>
    <message>
      <source>This is not available on a centre yet; nothing was changed.</source>
      <translation>Это пока недоступно в центре; ничего не изменено.</translation>
    </message>
    <message>
      <source>This needs a second person's approval: request it, then another administrator or a supervisor approves it in their own session (Approvals), and you carry it out.</source>
      <translation>Для этого нужно одобрение второго человека: отправьте запрос, другой администратор или супервайзер одобрит его в своём сеансе («Одобрения»), и затем вы его выполните.</translation>
    </message>
    <message>
      <source>This task's call is still kept on this computer, not yet on the centre's server: it can be recorded as done once the server has it. Nothing was changed.</source>
      <translation>Звонок этой задачи пока хранится на этом компьютере и ещё не попал на сервер центра: отметить её выполненной можно, когда сервер его получит. Ничего не изменено.</translation>
    </message>
    <message>
      <source>This workstation has already joined a centre (its file {path}); it was left as it is.</source>
      <translation>Это рабочее место уже присоединено к центру (его файл {path}); оно оставлено как есть.</translation>
    </message>
    <message>
      <source>This workstation has not joined a centre ({path}). Join one with 'hotline join ADDRESS --fingerprint SHA256:... --code CODE' (an administrator gives the code).</source>
      <translation>Это рабочее место не присоединено к центру ({path}). Присоединитесь командой 'hotline join АДРЕС --fingerprint SHA256:... --code КОД' (код даёт администратор).</translation>
    </message>
    <message>
      <source>This workstation's record of the centre's audit log ({path}) is damaged or belongs to another centre; the server's log was not checked against it. It was left as it is.</source>
      <translation>Запись этой рабочей станции о журнале аудита центра ({path}) повреждена или относится к другому центру; журнал на сервере с ней не сверялся. Файл оставлен как есть.</translation>
    </message>
    <message>
      <source>This workstation's record of the centre's audit log ({path}) was changed or replaced by someone: its seal is not this person's on this workstation. The server's log was not checked against it and nothing was written. Tell the centre's administrator.</source>
      <translation>Запись этой рабочей станции о журнале аудита центра ({path}) кто-то изменил или подменил: её печать не принадлежит этому человеку на этой рабочей станции. Журнал на сервере с ней не сверялся, ничего не записано. Сообщите администратору центра.</translation>
    </message>
    <message>
      <source>This workstation's secret is missing from {where}, so it cannot reach the centre. Join the centre again with a new enrolment code.</source>
      <translation>Секрета этого рабочего места нет в {where}, поэтому оно не может подключиться к центру. Присоединитесь к центру снова с новым кодом регистрации.</translation>
    </message>
    <message>
      <source>Too many failed attempts. Try again in {seconds} seconds.</source>
      <translation>Слишком много неудачных попыток. Повторите через {seconds} с.</translation>
    </message>
    <message>
      <source>Type the number of the decision (as written on it). Nothing was sealed.</source>
      <translation>Введите номер решения (как он написан в решении). Ничего не опечатано.</translation>
    </message>
    <message>
      <source>Workstation {number} is the one you are signed in on: remove it from another administrator's workstation. Nothing was changed.</source>
      <translation>Рабочее место {number} — то, на котором вы вошли: удалите его с рабочего места другого администратора. Ничего не изменено.</translation>
    </message>
    <message>
      <source>You made request {id} yourself: a second person must approve it.</source>
      <translation>Запрос {id} отправили вы сами: одобрить его должен другой человек.</translation>
    </message>
    <message>
      <source>Your key slot on the centre was changed since you signed in (an administrator gave you a new password?); nothing was changed. Sign in again and retry.</source>
      <translation>Ваш ключевой слот в центре изменён после вашего входа (администратор выдал вам новый пароль?); ничего не изменено. Войдите снова и повторите.</translation>
    </message>
    <message>
      <source>Your role does not allow this: {action}.</source>
      <translation>Ваша роль этого не позволяет: {action}.</translation>
    </message>
    <message>
      <source>Your roles cannot approve request {id}; an administrator or a supervisor can.</source>
      <translation>Ваши роли не позволяют одобрить запрос {id}; это может сделать администратор или супервайзер.</translation>
    </message>
    <message>
      <source>a code lives from 1 to 168 hours (a week)</source>
      <translation>код действует от 1 до 168 часов (неделя)</translation>
    </message>
    <message>
      <source>a user with this name already exists.</source>
      <translation>пользователь с таким именем уже есть.</translation>
    </message>
    <message>
      <source>a value that is not mapped yet: map it or reject it</source>
      <translation>значение ещё не сопоставлено: сопоставьте или отклоните его</translation>
    </message>
    <message>
      <source>a value that was rejected</source>
      <translation>отклонённое значение</translation>
    </message>
    <message>
      <source>an operator corrects their own call within 24 hours; ask a supervisor to correct this one.</source>
      <translation>оператор исправляет свой звонок в течение 24 часов; попросите супервизора исправить этот.</translation>
    </message>
    <message>
      <source>another supervisor is reviewing this call; try again later.</source>
      <translation>этот звонок проверяет другой супервайзер; попробуйте позже.</translation>
    </message>
    <message>
      <source>approved, not carried out yet</source>
      <translation>одобрено, ещё не выполнено</translation>
    </message>
    <message>
      <source>carried out</source>
      <translation>выполнено</translation>
    </message>
    <message>
      <source>check the mapping above (--show-mapping), then import with --yes</source>
      <translation>проверьте сопоставление выше (--show-mapping), затем импортируйте с --yes</translation>
    </message>
    <message>
      <source>choose a due date.</source>
      <translation>выберите срок.</translation>
    </message>
    <message>
      <source>choose an active operator who took the contact.</source>
      <translation>выберите активного оператора, принявшего обращение.</translation>
    </message>
    <message>
      <source>expired</source>
      <translation>срок истёк</translation>
    </message>
    <message>
      <source>give a date as YYYY-MM-DD</source>
      <translation>укажите дату в виде ГГГГ-ММ-ДД</translation>
    </message>
    <message>
      <source>give a file, or --template</source>
      <translation>укажите файл или --template</translation>
    </message>
    <message>
      <source>give the filter a name.</source>
      <translation>дайте фильтру имя.</translation>
    </message>
    <message>
      <source>give the number of the workstation to remove, as 'hotline server workstations' lists it</source>
      <translation>укажите номер удаляемого рабочего места, как его показывает 'hotline server workstations'</translation>
    </message>
    <message>
      <source>give {options}</source>
      <translation>укажите {options}</translation>
    </message>
    <message>
      <source>it contains the user name.</source>
      <translation>он содержит имя пользователя.</translation>
    </message>
    <message>
      <source>it is a repeated or sequential pattern.</source>
      <translation>это повторяющаяся или последовательная комбинация.</translation>
    </message>
    <message>
      <source>it is one of the commonest passwords.</source>
      <translation>это один из самых распространённых паролей.</translation>
    </message>
    <message>
      <source>it must have at least 15 characters.</source>
      <translation>в нём должно быть не меньше 15 символов.</translation>
    </message>
    <message>
      <source>it must have at most 256 characters.</source>
      <translation>в нём должно быть не больше 256 символов.</translation>
    </message>
    <message>
      <source>must be positive</source>
      <translation>должно быть положительным</translation>
    </message>
    <message>
      <source>neither yes nor no</source>
      <translation>ни «да», ни «нет»</translation>
    </message>
    <message>
      <source>no caller with this pseudonym; check the spelling with the caller.</source>
      <translation>звонящего с таким псевдонимом нет; уточните написание у звонящего.</translation>
    </message>
    <message>
      <source>no column of the file has this header</source>
      <translation>ни у одного столбца файла нет такого заголовка</translation>
    </message>
    <message>
      <source>no operator: map the name to a user of the desk, or choose one for such rows</source>
      <translation>нет оператора: сопоставьте имя с пользователем пульта или выберите пользователя для таких строк</translation>
    </message>
    <message>
      <source>no user of the desk has this name</source>
      <translation>у пульта нет пользователя с таким именем</translation>
    </message>
    <message>
      <source>not a coded field</source>
      <translation>не кодированное поле</translation>
    </message>
    <message>
      <source>not a date; write it as 01.03.2024, 2024-03-01 or 01.03.2024 14:30</source>
      <translation>не дата; пишите как 01.03.2024, 2024-03-01 или 01.03.2024 14:30</translation>
    </message>
    <message>
      <source>not a duration; write seconds (420) or minutes (7:00)</source>
      <translation>не длительность; укажите секунды (420) или минуты (7:00)</translation>
    </message>
    <message>
      <source>not a field a column may fill (hotline import --help)</source>
      <translation>не поле, которое может заполнять столбец (hotline import --help)</translation>
    </message>
    <message>
      <source>not a time of day; write it as 14:30</source>
      <translation>не время суток; пишите как 14:30</translation>
    </message>
    <message>
      <source>not an id of the field's list</source>
      <translation>не код из списка этого поля</translation>
    </message>
    <message>
      <source>on a centre, a hold is placed on a call</source>
      <translation>в центре запрет на удаление ставится на звонок</translation>
    </message>
    <message>
      <source>on a centre, choose the calls by --call or --pseudonym</source>
      <translation>в центре выбирайте звонки через --call или --pseudonym</translation>
    </message>
    <message>
      <source>only contacts taken outside the desk (walk-in, e-mail or letter, message, referral) are entered on behalf of an operator.</source>
      <translation>от имени оператора вносятся только обращения, принятые вне пульта (личный визит, e-mail или письмо, сообщение, направление).</translation>
    </message>
    <message>
      <source>only the assignee or a supervisor can close it.</source>
      <translation>закрыть её может только исполнитель или супервайзер.</translation>
    </message>
    <message>
      <source>only the operator who took the call can correct it.</source>
      <translation>исправить звонок может только принявший его оператор.</translation>
    </message>
    <message>
      <source>only your own last call without content can be undone, within a minute.</source>
      <translation>отменить можно только свой последний звонок без содержания и только в течение минуты.</translation>
    </message>
    <message>
      <source>record how the report was made (date, reference) before closing it.</source>
      <translation>перед закрытием запишите, как было сделано сообщение (дата, номер).</translation>
    </message>
    <message>
      <source>refused</source>
      <translation>отклонено</translation>
    </message>
    <message>
      <source>standard input ended early</source>
      <translation>стандартный ввод закончился раньше времени</translation>
    </message>
    <message>
      <source>that is the key's fingerprint, not the key: give the key itself (the line above the fingerprint on the desk's key card)</source>
      <translation>это отпечаток ключа, а не сам ключ: укажите сам ключ (строка над отпечатком на карточке ключа пульта)</translation>
    </message>
    <message>
      <source>the date of the call is missing</source>
      <translation>нет даты звонка</translation>
    </message>
    <message>
      <source>the file is not there</source>
      <translation>файла нет на месте</translation>
    </message>
    <message>
      <source>the file's SHA-256 is not the one recorded</source>
      <translation>SHA-256 файла не совпадает с записанной</translation>
    </message>
    <message>
      <source>the key is not base64 text: give the key as the desk's key card shows it (44 characters, the last one '=')</source>
      <translation>ключ — не текст base64: укажите ключ так, как он напечатан на карточке ключа пульта (44 символа, последний — '=')</translation>
    </message>
    <message>
      <source>the new value is the same as the old one.</source>
      <translation>новое значение совпадает со старым.</translation>
    </message>
    <message>
      <source>the period must start before it ends (YYYY-MM).</source>
      <translation>период должен начинаться раньше, чем заканчивается (ГГГГ-ММ).</translation>
    </message>
    <message>
      <source>the two entries differ</source>
      <translation>два ввода не совпадают</translation>
    </message>
    <message>
      <source>this call has already been reviewed.</source>
      <translation>этот звонок уже проверен.</translation>
    </message>
    <message>
      <source>this call has been reviewed by a supervisor and can no longer be corrected.</source>
      <translation>этот звонок проверен супервайзером и больше не может быть исправлен.</translation>
    </message>
    <message>
      <source>this field cannot be corrected here.</source>
      <translation>это поле здесь исправить нельзя.</translation>
    </message>
    <message>
      <source>this is not an export key: the desk's key is 32 bytes (44 characters of base64 on its key card), this one is {size} bytes</source>
      <translation>это не ключ экспорта: ключ пульта занимает 32 байта (44 символа base64 на карточке ключа), а в этом байтов: {size}</translation>
    </message>
    <message>
      <source>this is the last active administrator; add another one first.</source>
      <translation>это последний активный администратор; сначала добавьте другого.</translation>
    </message>
    <message>
      <source>this task is already done.</source>
      <translation>эта задача уже выполнена.</translation>
    </message>
    <message>
      <source>type a comment for the operator.</source>
      <translation>напишите комментарий для оператора.</translation>
    </message>
    <message>
      <source>type the comment.</source>
      <translation>напишите комментарий.</translation>
    </message>
    <message>
      <source>type the reason for reading the identity details.</source>
      <translation>укажите причину просмотра личных данных.</translation>
    </message>
    <message>
      <source>type the reason for the correction.</source>
      <translation>укажите причину исправления.</translation>
    </message>
    <message>
      <source>use 2 to 40 letters, digits, dots, dashes or underscores.</source>
      <translation>используйте от 2 до 40 букв, цифр, точек, дефисов или подчёркиваний.</translation>
    </message>
    <message>
      <source>waiting for approval</source>
      <translation>ждёт одобрения</translation>
    </message>
    <message>
      <source>withdrawn</source>
      <translation>отозвано</translation>
    </message>
    <message>
      <source>write it as FIELD:TEXT=ID</source>
      <translation>пишите как ПОЛЕ:ТЕКСТ=КОД</translation>
    </message>
    <message>
      <source>you cannot disable your own account.</source>
      <translation>нельзя отключить собственную учётную запись.</translation>
    </message>
    <message>
      <source>{count} problems in {name}; nothing was imported. The first: {first}</source>
      <translation>В файле {name} проблем: {count}; ничего не импортировано. Первая: {first}</translation>
    </message>
    <message>
      <source>{field}: {problem}</source>
      <translation>{field}: {problem}</translation>
    </message>
    <message>
      <source>{name} could not be opened ({reason}).</source>
      <translation>Не удалось открыть {name} ({reason}).</translation>
    </message>
    <message>
      <source>{name} could not be read as a workbook: it may be damaged. Nothing was imported.</source>
      <translation>Не удалось прочитать {name} как книгу Excel: возможно, файл повреждён. Ничего не импортировано.</translation>
    </message>
    <message>
      <source>{name} has more than {limit} rows: split it into smaller files. Nothing was imported.</source>
      <translation>В файле {name} больше {limit} строк: разделите его на файлы поменьше. Ничего не импортировано.</translation>
    </message>
    <message>
      <source>{name} has no calls to import: a header row and at least one row below it are needed. Nothing was imported.</source>
      <translation>В файле {name} нет звонков для импорта: нужны строка заголовков и хотя бы одна строка под ней. Ничего не импортировано.</translation>
    </message>
    <message>
      <source>{name} is larger than {limit} MB: split it into smaller files. Nothing was imported.</source>
      <translation>Файл {name} больше {limit} МБ: разделите его на файлы поменьше. Ничего не импортировано.</translation>
    </message>
    <message>
      <source>{name} is not a CSV or XLSX spreadsheet. Save the old log as CSV (UTF-8) or as an Excel workbook (.xlsx) and try again. Nothing was imported.</source>
      <translation>{name} — не таблица CSV или XLSX. Сохраните старый журнал как CSV (UTF-8) или как книгу Excel (.xlsx) и попробуйте снова. Ничего не импортировано.</translation>
    </message>
    <message>
      <source>{name} is protected with a password, or is an old Excel file (.xls). Open it in Excel, remove the password, save it as an .xlsx workbook and try again. Nothing was imported.</source>
      <translation>Файл {name} защищён паролем или это старый файл Excel (.xls). Откройте его в Excel, снимите пароль, сохраните как книгу .xlsx и попробуйте снова. Ничего не импортировано.</translation>
    </message>
    <message>
      <source>{path} is already there; a backup never replaces a file. Choose another name.</source>
      <translation>{path} уже существует; резервная копия никогда не заменяет файл. Выберите другое имя.</translation>
    </message>
    <message>
      <source>{path} is not a backup of a centre (a pg_dump file in custom format); nothing was changed.</source>
      <translation>{path} — не резервная копия центра (не файл pg_dump в формате custom); ничего не изменено.</translation>
    </message>
    <message>
      <source>{path} is not the file the backup register recorded under that name (it was changed or replaced since); the restored copy was dropped again.</source>
      <translation>{path} — не тот файл, который реестр резервных копий записал под этим именем (с тех пор он изменён или заменён); восстановленная копия снова удалена.</translation>
    </message>
    <message>
      <source>{what} {ident} was not found.</source>
      <translation>{what} {ident} не найден(о).</translation>
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
      <translation>'{marker}' обозначает каждую скрытую ячейку: значение меньше k или ячейку, скрытую, чтобы ни одно малое значение нельзя было вычислить из остальных. Они не различаются.</translation>
    </message>
    <message>
      <source>A PDF cannot be made on this machine: Qt's libraries did not load ({reason}). Nothing was exported; choose another format, or install the libraries Qt needs (see the README).</source>
      <translation>На этом компьютере нельзя создать PDF: библиотеки Qt не загрузились ({reason}). Ничего не экспортировано; выберите другой формат или установите библиотеки, нужные Qt (см. README).</translation>
    </message>
    <message>
      <source>Adult</source>
      <translation>Взрослый</translation>
    </message>
    <message>
      <source>Age group</source>
      <translation>Возрастная группа</translation>
    </message>
    <message>
      <source>An export for partners needs a second person's approval: request {number} waits for it (another administrator or a supervisor approves it on their Approvals page or with 'hotline approvals approve {number}'). Then export again.</source>
      <translation>Экспорт для партнёров требует одобрения второго человека: запрос {number} ждёт его (другой администратор или супервайзер одобряет его на своей странице «Одобрения» или командой 'hotline approvals approve {number}'). Затем экспортируйте снова.</translation>
    </message>
    <message>
      <source>Audience</source>
      <translation>Получатели</translation>
    </message>
    <message>
      <source>Audit verdict</source>
      <translation>Итог проверки</translation>
    </message>
    <message>
      <source>Calls by form of exploitation and destination country</source>
      <translation>Звонки по форме эксплуатации и стране назначения</translation>
    </message>
    <message>
      <source>Calls by primary topic</source>
      <translation>Звонки по основной теме</translation>
    </message>
    <message>
      <source>Calls by primary topic and age group of the person concerned</source>
      <translation>Звонки по основной теме и возрастной группе лица, о котором идёт речь</translation>
    </message>
    <message>
      <source>Calls by primary topic and citizenship of the person concerned</source>
      <translation>Звонки по основной теме и гражданству лица, о котором идёт речь</translation>
    </message>
    <message>
      <source>Calls by primary topic and destination country</source>
      <translation>Звонки по основной теме и стране назначения</translation>
    </message>
    <message>
      <source>Calls by primary topic and form of exploitation</source>
      <translation>Звонки по основной теме и форме эксплуатации</translation>
    </message>
    <message>
      <source>Calls by primary topic and region of the call</source>
      <translation>Звонки по основной теме и региону звонка</translation>
    </message>
    <message>
      <source>Calls by primary topic and sex of the person concerned</source>
      <translation>Звонки по основной теме и полу лица, о котором идёт речь</translation>
    </message>
    <message>
      <source>Calls with content are counted under their primary topic; the person concerned is the caller when speaking for themself, otherwise the person spoken about; child = under 18 or believed under 18; referrals count call-outcome pairs; persons concerned are distinct pseudonyms, each under the topic of their first call of the month. A call saved after its month was exported counts only in the corrections table of the month it was saved; a primary topic corrected after its month was exported is withdrawn from the old topic and counted under the new one in the corrections tables of the month it was corrected; quarters and years add up the months as exported, so exported figures never change. Months are those of the desk's time zone.</source>
      <translation>Звонки с содержанием учитываются по их основной теме; лицо, о котором идёт речь, — это звонящий, если он говорит о себе, иначе тот, о ком он говорит; ребёнок — младше 18 лет или предположительно младше 18; направления считают пары «звонок — результат»; лица, о которых идёт речь, — это разные псевдонимы, каждый по теме своего первого звонка в месяце. Звонок, сохранённый после экспорта его месяца, учитывается только в таблице исправлений месяца, в котором он сохранён; если основная тема исправлена после экспорта месяца, звонок снимается со старой темы и учитывается под новой в таблицах исправлений месяца, в котором сделано исправление; кварталы и годы складываются из месяцев в том виде, в каком они экспортированы, поэтому экспортированные числа никогда не меняются. Месяцы — по часовому поясу пульта.</translation>
    </message>
    <message>
      <source>Calls without content by kind</source>
      <translation>Звонки без содержания по видам</translation>
    </message>
    <message>
      <source>Child (under 18 or believed under 18)</source>
      <translation>Ребёнок (до 18 лет или предположительно до 18 лет)</translation>
    </message>
    <message>
      <source>Citizenship</source>
      <translation>Гражданство</translation>
    </message>
    <message>
      <source>Corrections withdrawn: calls of months already exported whose primary topic was corrected this month, under the topic they had been counted in</source>
      <translation>Снятые поправки: звонки уже экспортированных месяцев, основная тема которых исправлена в этом месяце, по теме, под которой они были учтены</translation>
    </message>
    <message>
      <source>Corrections: calls of months already exported counted this month (saved late, or under their corrected primary topic)</source>
      <translation>Поправки: звонки уже экспортированных месяцев, учтённые в этом месяце (внесённые с опозданием или под исправленной основной темой)</translation>
    </message>
    <message>
      <source>Definitions</source>
      <translation>Определения</translation>
    </message>
    <message>
      <source>Destination</source>
      <translation>Страна назначения</translation>
    </message>
    <message>
      <source>Exported at (UTC)</source>
      <translation>Время экспорта (UTC)</translation>
    </message>
    <message>
      <source>Fixed catalogue of calendar-period tables from coded fields only. Primary suppression of every count from 0 to k-1, by fixed blocks of two values (a block hidden once stays hidden for the rest of the year); secondary suppression by Gaussian elimination (Statistics Norway) in a fixed order that never depends on the counts; linear-programming audit (HiGHS) over every published number of this export and of every earlier export of the year, all families and both audiences, with the desk's facts (a call counts once per outcome, every call has an outcome, persons are at most the calls): every suppressed cell must range from 0 to at least k. One marker for every suppressed cell.</source>
      <translation>Фиксированный каталог таблиц по календарным периодам, только из кодированных полей. Первичное скрытие каждого значения от 0 до k-1 фиксированными блоками по два значения (однажды скрытый блок остаётся скрытым до конца года); вторичное скрытие методом исключения Гаусса (Статистическое управление Норвегии) в фиксированном порядке, никогда не зависящем от значений; проверка линейным программированием (HiGHS) по всем опубликованным числам этого экспорта и всех прежних экспортов года, по всем семействам таблиц и для обеих аудиторий, с фактами пульта (звонок учитывается не более одного раза на каждый результат, у каждого звонка есть результат, лиц не больше, чем звонков): каждая скрытая ячейка должна принимать значения от 0 до не менее чем k. Один знак для всех скрытых ячеек.</translation>
    </message>
    <message>
      <source>Form of exploitation</source>
      <translation>Форма эксплуатации</translation>
    </message>
    <message>
      <source>Hotline 152</source>
      <translation>Горячая линия 152</translation>
    </message>
    <message>
      <source>Kind of call without content</source>
      <translation>Вид звонка без содержания</translation>
    </message>
    <message>
      <source>Marker</source>
      <translation>Знак</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Метод</translation>
    </message>
    <message>
      <source>None recorded</source>
      <translation>Не указано</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <source>Other country</source>
      <translation>Другая страна</translation>
    </message>
    <message>
      <source>Outcome or referral</source>
      <translation>Результат или направление</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Период</translation>
    </message>
    <message>
      <source>Persons concerned by primary topic</source>
      <translation>Лица, о которых идёт речь, по основной теме</translation>
    </message>
    <message>
      <source>Primary topic</source>
      <translation>Основная тема</translation>
    </message>
    <message>
      <source>Referrals and outcomes by primary topic</source>
      <translation>Направления и результаты по основной теме</translation>
    </message>
    <message>
      <source>Referrals and outcomes by sex of the person concerned</source>
      <translation>Направления и результаты по полу лица, о котором идёт речь</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Регион</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Пол</translation>
    </message>
    <message>
      <source>Table</source>
      <translation>Таблица</translation>
    </message>
    <message>
      <source>Taxonomy version</source>
      <translation>Версия классификатора</translation>
    </message>
    <message>
      <source>The export is recorded but its file could not be written to {path} ({reason}); export it again to another folder: the same file is written.</source>
      <translation>Экспорт записан в журнал, но файл не удалось записать в {path} ({reason}); экспортируйте снова в другую папку: будет записан тот же файл.</translation>
    </message>
    <message>
      <source>The export was cancelled; nothing was written.</source>
      <translation>Экспорт отменён; ничего не записано.</translation>
    </message>
    <message>
      <source>The export was not written: calls of {period} were saved or corrected while it was prepared, and the period was left open. Export it again.</source>
      <translation>Экспорт не записан: пока он готовился, звонки за {period} были внесены или исправлены, и период остался открытым. Экспортируйте его снова.</translation>
    </message>
    <message>
      <source>The export was not written: it fails the disclosure audit ({reason}).</source>
      <translation>Экспорт не записан: он не проходит проверку на раскрытие ({reason}).</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Итого</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Неизвестно</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>не пройдена</translation>
    </message>
    <message>
      <source>k (threshold)</source>
      <translation>k (порог)</translation>
    </message>
    <message>
      <source>partners, who see this table beside their own exports, could narrow hidden cells below k={k}: {problems}</source>
      <translation>партнёры, которые видят эту таблицу рядом со своими экспортами, могли бы сузить скрытые ячейки ниже k={k}: {problems}</translation>
    </message>
    <message>
      <source>passed</source>
      <translation>пройдена</translation>
    </message>
    <message>
      <source>the audience must be public or partner.</source>
      <translation>получатели должны быть public (общественность) или partner (партнёры).</translation>
    </message>
    <message>
      <source>the figures exported earlier for {table} {period} no longer match what its closed months counted: the desk's record of them was changed outside the program, or a coded field was changed before this version kept closed months apart</source>
      <translation>ранее экспортированные цифры для {table} {period} больше не совпадают с тем, что учли закрытые месяцы: запись пульта о них изменена вне программы, или кодированное поле изменено до того, как эта версия стала хранить закрытые месяцы отдельно</translation>
    </message>
    <message>
      <source>the file {file} beside the manifest cannot be read ({reason})</source>
      <translation>файл {file} рядом с манифестом не удаётся прочитать ({reason})</translation>
    </message>
    <message>
      <source>the file {file} beside the manifest may not be read (permission denied)</source>
      <translation>нет права читать файл {file} рядом с манифестом (доступ запрещён)</translation>
    </message>
    <message>
      <source>the file {file} differs from the one the desk signed: it was altered</source>
      <translation>файл {file} отличается от подписанного пультом: он изменён</translation>
    </message>
    <message>
      <source>the file {file} is not beside the manifest</source>
      <translation>файла {file} нет рядом с манифестом</translation>
    </message>
    <message>
      <source>the format must be csv, sdmx, xlsx or pdf.</source>
      <translation>формат должен быть csv, sdmx, xlsx или pdf.</translation>
    </message>
    <message>
      <source>the language of the file must be az, ru or en.</source>
      <translation>язык файла должен быть az, ru или en.</translation>
    </message>
    <message>
      <source>the manifest is signed by another key than the desk's (its key's fingerprint is {found}, the desk's is {expected}): the file may have been altered and signed anew</source>
      <translation>манифест подписан не ключом пульта, а другим (отпечаток его ключа {found}, ключа пульта — {expected}): файл мог быть изменён и подписан заново</translation>
    </message>
    <message>
      <source>the manifest names no file beside it</source>
      <translation>манифест не называет файла рядом с собой</translation>
    </message>
    <message>
      <source>the manifest's signature is not an Ed25519 signature: the manifest was changed</source>
      <translation>подпись манифеста — не подпись Ed25519: манифест изменён</translation>
    </message>
    <message>
      <source>the manifest's signing key is not an Ed25519 public key: the manifest was changed</source>
      <translation>ключ подписи манифеста — не открытый ключ Ed25519: манифест изменён</translation>
    </message>
    <message>
      <source>the period must be a calendar month (2026-03), quarter (2026-Q1) or year (2026).</source>
      <translation>период должен быть календарным месяцем (2026-03), кварталом (2026-Q1) или годом (2026).</translation>
    </message>
    <message>
      <source>the period {period} has not ended yet; only finished periods are exported.</source>
      <translation>период {period} ещё не закончился; экспортируются только завершённые периоды.</translation>
    </message>
    <message>
      <source>the signature does not match: the manifest was changed or not signed</source>
      <translation>подпись не совпадает: манифест изменён или не подписан</translation>
    </message>
    <message>
      <source>the signature was checked only against the key the manifest itself carries (fingerprint {fingerprint}): anyone can sign an altered file with a key of their own. Give the desk's export key with --key (the desk prints it with `hotline export --public-key`)</source>
      <translation>подпись проверена только по ключу, который несёт сам манифест (отпечаток {fingerprint}): изменённый файл любой может подписать своим ключом. Укажите ключ экспорта пульта в --key (пульт выводит его командой `hotline export --public-key`)</translation>
    </message>
    <message>
      <source>the table {name} is published per {kinds} only.</source>
      <translation>таблица {name} публикуется только за {kinds}.</translation>
    </message>
    <message>
      <source>there is no manifest at {path}</source>
      <translation>по пути {path} манифеста нет</translation>
    </message>
    <message>
      <source>there is no table {name} in the catalogue.</source>
      <translation>в каталоге нет таблицы {name}.</translation>
    </message>
    <message>
      <source>this session holds no export signing key; sign in as an administrator.</source>
      <translation>в этом сеансе нет ключа подписи экспорта; войдите как администратор.</translation>
    </message>
    <message>
      <source>{path} cannot be read ({reason})</source>
      <translation>{path} не удаётся прочитать ({reason})</translation>
    </message>
    <message>
      <source>{path} ends early: the manifest was cut short (a copy or a download that did not finish)</source>
      <translation>{path} обрывается: манифест обрезан (копирование или загрузка не завершились)</translation>
    </message>
    <message>
      <source>{path} is a folder, not a manifest: give the .manifest.json file that lies beside the exported file</source>
      <translation>{path} — папка, а не манифест: укажите файл .manifest.json, лежащий рядом с экспортированным файлом</translation>
    </message>
    <message>
      <source>{path} is not an export manifest but, it seems, the exported file itself: give its manifest {manifest}</source>
      <translation>{path} — не манифест экспорта, а, по-видимому, сам экспортированный файл: укажите его манифест {manifest}</translation>
    </message>
    <message>
      <source>{path} is not an export manifest: it carries no signature</source>
      <translation>{path} — не манифест экспорта: в нём нет подписи</translation>
    </message>
    <message>
      <source>{path} is not an export manifest: it carries no signing key</source>
      <translation>{path} — не манифест экспорта: в нём нет ключа подписи</translation>
    </message>
    <message>
      <source>{path} is not an export manifest: it holds none of a manifest's fields</source>
      <translation>{path} — не манифест экспорта: в нём нет ни одного поля манифеста</translation>
    </message>
    <message>
      <source>{path} is not an export manifest: it is not JSON text</source>
      <translation>{path} — не манифест экспорта: это не текст JSON</translation>
    </message>
    <message>
      <source>{path} may not be read (permission denied)</source>
      <translation>нет права читать {path} (доступ запрещён)</translation>
    </message>
  </context>
  <context>
    <name>facts</name>
    <message>
      <source>audience</source>
      <translation>получатели</translation>
    </message>
    <message>
      <source>audit chain head</source>
      <translation>вершина цепочки аудита</translation>
    </message>
    <message>
      <source>audit verdict</source>
      <translation>итог проверки</translation>
    </message>
    <message>
      <source>exported_at</source>
      <translation>время экспорта</translation>
    </message>
    <message>
      <source>file</source>
      <translation>файл</translation>
    </message>
    <message>
      <source>k</source>
      <translation>k</translation>
    </message>
    <message>
      <source>period</source>
      <translation>период</translation>
    </message>
    <message>
      <source>signing key fingerprint</source>
      <translation>отпечаток ключа подписи</translation>
    </message>
    <message>
      <source>table</source>
      <translation>таблица</translation>
    </message>
  </context>
  <context>
    <name>findings</name>
    <message>
      <source>a backup kept inside the desk's own folder is no backup</source>
      <translation>резервная копия в собственной папке пульта — это не резервная копия</translation>
    </message>
    <message>
      <source>a file is already there</source>
      <translation>там уже есть файл</translation>
    </message>
    <message>
      <source>active user {name} has no key slot</source>
      <translation>у активного пользователя {name} нет ключевого слота</translation>
    </message>
    <message>
      <source>at a sign-in (audit entry {seq}) the desk noticed: {problem}</source>
      <translation>при одном из входов (запись аудита {seq}) пульт заметил: {problem}</translation>
    </message>
    <message>
      <source>at a sign-in (audit entry {seq}) the desk noticed: {problem} (acknowledged in audit entry {acknowledgement})</source>
      <translation>при одном из входов (запись аудита {seq}) пульт заметил: {problem} (принято к сведению в записи аудита {acknowledgement})</translation>
    </message>
    <message>
      <source>audit entry 1 (desk.init) has a signature that does not verify</source>
      <translation>подпись записи аудита 1 (desk.init) не проходит проверку</translation>
    </message>
    <message>
      <source>audit entry 1 (desk.init) has no valid signing key</source>
      <translation>в записи аудита 1 (desk.init) нет действительного ключа подписи</translation>
    </message>
    <message>
      <source>audit entry 1 (desk.init) is signed by another key than the desk's root pinned in this key slot: the log was replaced</source>
      <translation>запись аудита 1 (desk.init) подписана не тем ключом, что корень пульта, закреплённый в этом ключевом слоте: журнал подменён</translation>
    </message>
    <message>
      <source>audit entry {seq} ({action}) is not a valid grant</source>
      <translation>запись аудита {seq} ({action}) — недействительная выдача прав</translation>
    </message>
    <message>
      <source>audit entry {seq} ({action}) is signed by user {user}, who is not an administrator: it vouches for nothing</source>
      <translation>запись аудита {seq} ({action}) подписана пользователем {user}, который не администратор: она ничего не удостоверяет</translation>
    </message>
    <message>
      <source>audit entry {seq} ({action}) is signed by user {user}, who was not a supervisor: it vouches for no change of the call</source>
      <translation>запись аудита {seq} ({action}) подписана пользователем {user}, который не был супервайзером: она не подтверждает никакого изменения звонка</translation>
    </message>
    <message>
      <source>audit entry {seq} ({action}): {problem}</source>
      <translation>запись аудита {seq} ({action}): {problem}</translation>
    </message>
    <message>
      <source>audit entry {seq} differs from the head outside the database</source>
      <translation>запись аудита {seq} отличается от вершины вне базы данных</translation>
    </message>
    <message>
      <source>audit entry {seq} does not follow the entry before it</source>
      <translation>запись аудита {seq} не продолжает предыдущую запись</translation>
    </message>
    <message>
      <source>audit entry {seq} has a signature that does not verify</source>
      <translation>подпись записи аудита {seq} не проходит проверку</translation>
    </message>
    <message>
      <source>audit entry {seq} is a desk.init that is not the first entry: it vouches for nothing</source>
      <translation>запись аудита {seq} — desk.init, но не первая запись: она ничего не удостоверяет</translation>
    </message>
    <message>
      <source>audit entry {seq} is missing (next is {next})</source>
      <translation>записи аудита {seq} нет (следующая — {next})</translation>
    </message>
    <message>
      <source>audit entry {seq} is signed by unknown user {user}</source>
      <translation>запись аудита {seq} подписана неизвестным пользователем {user}</translation>
    </message>
    <message>
      <source>audit entry {seq} of this user's last head is gone</source>
      <translation>записи аудита {seq}, последней вершины этого пользователя, больше нет</translation>
    </message>
    <message>
      <source>audit entry {seq} was changed after it was written</source>
      <translation>запись аудита {seq} изменена после того, как была записана</translation>
    </message>
    <message>
      <source>backup</source>
      <translation>резервная копия</translation>
    </message>
    <message>
      <source>between 1 and {most}</source>
      <translation>от 1 до {most}</translation>
    </message>
    <message>
      <source>call</source>
      <translation>звонок</translation>
    </message>
    <message>
      <source>call {call} is marked sealed by decision {decision} with no audit entry</source>
      <translation>звонок {call} отмечен опечатанным по решению {decision} без записи аудита</translation>
    </message>
    <message>
      <source>disabled user {name} still has a key slot</source>
      <translation>у отключённого пользователя {name} всё ещё есть ключевой слот</translation>
    </message>
    <message>
      <source>encryption check: {problem}</source>
      <translation>проверка шифрования: {problem}</translation>
    </message>
    <message>
      <source>export manifest</source>
      <translation>манифест выгрузки</translation>
    </message>
    <message>
      <source>foreign key check</source>
      <translation>проверка внешних ключей</translation>
    </message>
    <message>
      <source>full-text index check</source>
      <translation>проверка полнотекстового индекса</translation>
    </message>
    <message>
      <source>integrity check</source>
      <translation>проверка целостности</translation>
    </message>
    <message>
      <source>it belongs to another desk</source>
      <translation>она принадлежит другому пульту</translation>
    </message>
    <message>
      <source>it changed since it was previewed</source>
      <translation>она изменилась после предварительного просмотра</translation>
    </message>
    <message>
      <source>it claims a longer validity than the desk gives</source>
      <translation>в ней заявлен срок действия дольше, чем даёт пульт</translation>
    </message>
    <message>
      <source>it is no approval step the desk knows</source>
      <translation>это не известный пульту шаг утверждения</translation>
    </message>
    <message>
      <source>it is not a valid request</source>
      <translation>это недействительный запрос</translation>
    </message>
    <message>
      <source>it is not signed by the key the audit log vouches for user {user}, so it approves nothing</source>
      <translation>она подписана не тем ключом, который журнал аудита удостоверяет для пользователя {user}, поэтому ничего не утверждает</translation>
    </message>
    <message>
      <source>it names no known act</source>
      <translation>в ней не названо ни одно известное действие</translation>
    </message>
    <message>
      <source>it names request {request}, which does not exist</source>
      <translation>в ней назван запрос {request}, которого нет</translation>
    </message>
    <message>
      <source>it was changed after it was written, so it approves nothing</source>
      <translation>она изменена после записи, поэтому ничего не утверждает</translation>
    </message>
    <message>
      <source>it was recorded by a user who may not do this act</source>
      <translation>её записал пользователь, которому это действие не разрешено</translation>
    </message>
    <message>
      <source>it was requested by a user who may not do this act</source>
      <translation>его запросил пользователь, которому это действие не разрешено</translation>
    </message>
    <message>
      <source>its digest does not match what it asks for</source>
      <translation>его дайджест не соответствует тому, что в нём запрошено</translation>
    </message>
    <message>
      <source>its digest is not the one of request {request}</source>
      <translation>её дайджест не совпадает с дайджестом запроса {request}</translation>
    </message>
    <message>
      <source>its manifest.json is not JSON</source>
      <translation>её manifest.json — не JSON</translation>
    </message>
    <message>
      <source>its manifest.json is not a JSON object</source>
      <translation>её manifest.json — не объект JSON</translation>
    </message>
    <message>
      <source>member {user} is active on the server, but no administrator's entry in the audit log vouches for them (added on the server without 'users add'?)</source>
      <translation>участник {user} активен на сервере, но ни одна запись администратора в журнале аудита его не удостоверяет (добавлен на сервере без 'users add'?)</translation>
    </message>
    <message>
      <source>member {user}'s roles on the server differ from the roles the audit log grants them</source>
      <translation>роли участника {user} на сервере отличаются от ролей, которые ему выдаёт журнал аудита</translation>
    </message>
    <message>
      <source>member {user}'s signing key on the server differs from the one the audit log vouches for</source>
      <translation>ключ подписи участника {user} на сервере отличается от того, который удостоверяет журнал аудита</translation>
    </message>
    <message>
      <source>no checksums</source>
      <translation>нет контрольных сумм</translation>
    </message>
    <message>
      <source>none</source>
      <translation>никаких</translation>
    </message>
    <message>
      <source>only the requester carries out request {request}</source>
      <translation>запрос {request} выполняет только тот, кто его подал</translation>
    </message>
    <message>
      <source>only the requester withdraws request {request}</source>
      <translation>запрос {request} отзывает только тот, кто его подал</translation>
    </message>
    <message>
      <source>recorded as approved alone although user {user} could approve it</source>
      <translation>записано как утверждённое в одиночку, хотя пользователь {user} мог это утвердить</translation>
    </message>
    <message>
      <source>referral directory entry {id} was changed outside the desk</source>
      <translation>запись справочника направлений {id} изменена вне пульта</translation>
    </message>
    <message>
      <source>referral directory entry {id} was removed outside the desk</source>
      <translation>запись справочника направлений {id} удалена вне пульта</translation>
    </message>
    <message>
      <source>request {request} had expired</source>
      <translation>срок запроса {request} истёк</translation>
    </message>
    <message>
      <source>request {request} was already closed</source>
      <translation>запрос {request} уже был закрыт</translation>
    </message>
    <message>
      <source>request {request} was not waiting for approval</source>
      <translation>запрос {request} не ждал утверждения</translation>
    </message>
    <message>
      <source>request {request} was used without a valid approval</source>
      <translation>запрос {request} использован без действительного утверждения</translation>
    </message>
    <message>
      <source>seal decision {decision} differs from its audit entry or has none</source>
      <translation>решение об опечатывании {decision} расходится со своей записью аудита или её нет</translation>
    </message>
    <message>
      <source>still holds sealed data: bring it back to be sealed, or destroy it</source>
      <translation>всё ещё содержит опечатанные данные: верните её для опечатывания или уничтожьте</translation>
    </message>
    <message>
      <source>the audit head file outside the database is damaged</source>
      <translation>файл вершины журнала аудита вне базы данных повреждён</translation>
    </message>
    <message>
      <source>the audit head file outside the database is missing</source>
      <translation>файла вершины журнала аудита вне базы данных нет</translation>
    </message>
    <message>
      <source>the audit log ends at entry {count} but the head outside the database records entry {seq}: entries were removed</source>
      <translation>журнал аудита кончается на записи {count}, а вершина вне базы данных указывает запись {seq}: записи удалены</translation>
    </message>
    <message>
      <source>the audit log has no desk.init entry 1</source>
      <translation>в журнале аудита нет записи 1 desk.init</translation>
    </message>
    <message>
      <source>the audit log's index of links was dropped or changed</source>
      <translation>индекс связей журнала аудита удалён или изменён</translation>
    </message>
    <message>
      <source>the audit log's root differs from the pin in the key slot</source>
      <translation>корень журнала аудита отличается от закреплённого в ключевом слоте</translation>
    </message>
    <message>
      <source>the backup register no longer holds line {line}, which audit entry {seq} recorded: it was cut or replaced</source>
      <translation>в реестре резервных копий больше нет строки {line}, которую записала запись аудита {seq}: реестр обрезан или подменён</translation>
    </message>
    <message>
      <source>the centre's audit log is empty: it has no desk.init entry 1</source>
      <translation>журнал аудита центра пуст: в нём нет записи 1 desk.init</translation>
    </message>
    <message>
      <source>the centre's id or public keys on the server differ from those its desk.init (entry 1, signed by the root) pins: new calls must not be sealed to them</source>
      <translation>идентификатор или открытые ключи центра на сервере отличаются от закреплённых его записью desk.init (запись 1, подписанная корневым ключом): новые звонки нельзя шифровать для них</translation>
    </message>
    <message>
      <source>the desk is not bound to this machine's keychain</source>
      <translation>пульт не привязан к хранилищу ключей этого компьютера</translation>
    </message>
    <message>
      <source>the key slot of {name} does not match the user</source>
      <translation>ключевой слот пользователя {name} не соответствует пользователю</translation>
    </message>
    <message>
      <source>the key slot of {name} uses test-strength key derivation</source>
      <translation>ключевой слот пользователя {name} использует тестовую стойкость вывода ключа</translation>
    </message>
    <message>
      <source>the notes of call {call} are missing from the notes' index</source>
      <translation>заметок звонка {call} нет в индексе заметок</translation>
    </message>
    <message>
      <source>the notes' index holds other words for call {call} than its notes</source>
      <translation>в индексе заметок для звонка {call} другие слова, чем в его заметках</translation>
    </message>
    <message>
      <source>the notes' index holds words for call {call}, which does not exist</source>
      <translation>в индексе заметок есть слова для звонка {call}, которого нет</translation>
    </message>
    <message>
      <source>the notes' index holds words for call {call}, which was not indexed yet</source>
      <translation>в индексе заметок есть слова для звонка {call}, который ещё не индексирован</translation>
    </message>
    <message>
      <source>the notes' index holds words for call {call}, whose notes have none</source>
      <translation>в индексе заметок есть слова для звонка {call}, в заметках которого слов нет</translation>
    </message>
    <message>
      <source>the notes' index records calls up to {last} as indexed, but the last call is {top}</source>
      <translation>индекс заметок считает проиндексированными звонки до {last}, но последний звонок — {top}</translation>
    </message>
    <message>
      <source>the notes' search index was not checked: it opens with a supervisor's key only</source>
      <translation>поисковый индекс заметок не проверен: он открывается только ключом супервайзера</translation>
    </message>
    <message>
      <source>the recovery slot does not match the one desk.init vouches for</source>
      <translation>слот восстановления не совпадает с тем, который удостоверяет desk.init</translation>
    </message>
    <message>
      <source>the recovery slot is missing from the key file</source>
      <translation>в файле ключей нет слота восстановления</translation>
    </message>
    <message>
      <source>the referral directory holds an entry that is not valid</source>
      <translation>в справочнике направлений есть недействительная запись</translation>
    </message>
    <message>
      <source>the requester of request {request} approved it themselves</source>
      <translation>подавший запрос {request} сам его утвердил</translation>
    </message>
    <message>
      <source>the setting {key} in the desk ({stored}) differs from the value an administrator set in the audit log ({audited}); the desk uses the default</source>
      <translation>настройка {key} в пульте ({stored}) отличается от значения, которое администратор задал в журнале аудита ({audited}); пульт использует значение по умолчанию</translation>
    </message>
    <message>
      <source>the setting {key} in the desk ({stored}) was not set by an administrator's audit entry; the desk uses the default</source>
      <translation>настройка {key} в пульте ({stored}) не задана записью аудита администратора; пульт использует значение по умолчанию</translation>
    </message>
    <message>
      <source>the {kind} {name} witnessed audit entry {seq}, which the log no longer holds with the same hash: the log was cut or rewritten, or the desk rolled back to an older copy, since it was written</source>
      <translation>{kind} {name} свидетельствует о записи аудита {seq}, которой в журнале с тем же хешем больше нет: с момента её создания журнал обрезали или переписали либо пульт откатили к более старой копии</translation>
    </message>
    <message>
      <source>unexpected contents</source>
      <translation>неожиданное содержимое</translation>
    </message>
    <message>
      <source>user</source>
      <translation>пользователь</translation>
    </message>
    <message>
      <source>user {user} may not approve request {request}</source>
      <translation>пользователь {user} не может утверждать запрос {request}</translation>
    </message>
    <message>
      <source>user {user}'s roles differ from the granted ones</source>
      <translation>роли пользователя {user} отличаются от выданных</translation>
    </message>
    <message>
      <source>user {user}'s roles in the users table ({roles}) differ from the roles administrators granted in the audit log ({granted})</source>
      <translation>роли пользователя {user} в таблице пользователей ({roles}) отличаются от ролей, выданных администраторами в журнале аудита ({granted})</translation>
    </message>
    <message>
      <source>user {user}'s signing key differs from the one the audit log vouches for</source>
      <translation>ключ подписи пользователя {user} отличается от того, который удостоверяет журнал аудита</translation>
    </message>
    <message>
      <source>{check}: {problem}</source>
      <translation>{check}: {problem}</translation>
    </message>
    <message>
      <source>{count} audit entries are missing from the log</source>
      <translation>в журнале не хватает записей аудита: {count}</translation>
    </message>
    <message>
      <source>{count} call(s) on the server do not have the tasks their call.save entry made (a mandatory report removed, or a task slipped in around the desk): {calls}</source>
      <translation>звонков на сервере, у которых не те задачи, что создала их запись call.save (удалено обязательное сообщение или задача добавлена в обход пульта): {count}; {calls}</translation>
    </message>
    <message>
      <source>{count} call(s) on the server have no call.save entry by their author in the audit log: written around the desk</source>
      <translation>звонков на сервере без записи call.save их автора в журнале аудита: {count}; записаны в обход пульта</translation>
    </message>
    <message>
      <source>{count} call(s) on the server no longer match what their last call.save, call.correct or call.review entry pins (coded fields, wrapped keys, texts or vault rows changed around the desk): {calls}</source>
      <translation>звонков на сервере, не совпадающих с тем, что закрепляет их последняя запись call.save, call.correct или call.review (кодированные поля, обёрнутые ключи, тексты или записи хранилища личных данных изменены в обход пульта): {count}; {calls}</translation>
    </message>
    <message>
      <source>{count} call(s) the audit log says were taken back (call.undo_no_content) are on the server: not removed, or written again around the desk</source>
      <translation>звонков, которые по журналу аудита были отменены (call.undo_no_content), но есть на сервере: {count}; не удалены или записаны снова в обход программы</translation>
    </message>
    <message>
      <source>{count} call.save entries of the audit log name a call the server no longer holds: removed on the server</source>
      <translation>записей call.save в журнале аудита, называющих звонок, которого на сервере больше нет: {count}; удалён на сервере</translation>
    </message>
    <message>
      <source>{count} task(s) on the server are marked done with no task.done entry by the one named as doing it in the audit log: closed around the desk</source>
      <translation>задач на сервере, отмеченных выполненными без записи task.done в журнале аудита от того, кто назван исполнителем: {count}; закрыты в обход пульта</translation>
    </message>
    <message>
      <source>{count} task.add entries of the audit log name a task the server no longer holds: removed on the server</source>
      <translation>записей task.add в журнале аудита, называющих задачу, которой на сервере больше нет: {count}; удалена на сервере</translation>
    </message>
    <message>
      <source>{kind} {id} removed by audit entry {seq} is back in the database</source>
      <translation>{kind} {id}, удалённый записью аудита {seq}, снова в базе данных</translation>
    </message>
    <message>
      <source>{kind} {id} was changed outside the program: its row differs from the one audit entry {seq} recorded</source>
      <translation>{kind} {id} изменён вне программы: его строка отличается от той, что записала запись аудита {seq}</translation>
    </message>
    <message>
      <source>{kind} {id} written by audit entry {seq} is gone from the database</source>
      <translation>{kind} {id}, записанный записью аудита {seq}, исчез из базы данных</translation>
    </message>
    <message>
      <source>{name} does not match its checksum</source>
      <translation>{name} не совпадает со своей контрольной суммой</translation>
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
      <translation>%1, открытая страница</translation>
    </message>
    <message>
      <source>Administration</source>
      <translation>Администрирование</translation>
    </message>
    <message>
      <source>Approvals</source>
      <translation>Одобрения</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>Журнал аудита</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>Резервные копии</translation>
    </message>
    <message>
      <source>Call log</source>
      <translation>Журнал звонков</translation>
    </message>
    <message>
      <source>Calls</source>
      <translation>Звонки</translation>
    </message>
    <message>
      <source>Desk check</source>
      <translation>Проверка пульта</translation>
    </message>
    <message>
      <source>Desk health</source>
      <translation>Состояние пульта</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Экспорт</translation>
    </message>
    <message>
      <source>Import old log</source>
      <translation>Импорт старого журнала</translation>
    </message>
    <message>
      <source>Outside contact</source>
      <translation>Обращение вне линии</translation>
    </message>
    <message>
      <source>Pages of the window</source>
      <translation>Страницы окна</translation>
    </message>
    <message>
      <source>Referral directory</source>
      <translation>Справочник направлений</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Восстановление</translation>
    </message>
    <message>
      <source>Review and follow-up</source>
      <translation>Проверка и сопровождение</translation>
    </message>
    <message>
      <source>Review queue</source>
      <translation>Очередь проверки</translation>
    </message>
    <message>
      <source>Sealing</source>
      <translation>Опечатывание</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Настройки</translation>
    </message>
    <message>
      <source>Statistics</source>
      <translation>Статистика</translation>
    </message>
    <message>
      <source>Take calls</source>
      <translation>Приём звонков</translation>
    </message>
    <message>
      <source>Tasks</source>
      <translation>Задачи</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>Пользователи</translation>
    </message>
    <message>
      <source>Workstations</source>
      <translation>Рабочие места</translation>
    </message>
  </context>
  <context>
    <name>roles</name>
    <message>
      <source>Administrator</source>
      <translation>Администратор</translation>
    </message>
    <message>
      <source>Operator</source>
      <translation>Оператор</translation>
    </message>
    <message>
      <source>Supervisor</source>
      <translation>Супервайзер</translation>
    </message>
  </context>
  <context>
    <name>settings</name>
    <message>
      <source>A workstation that has not reached the server for longer refuses offline sign-in until it reaches the server once, so a member disabled since cannot sign in there from its older copy of the keys. Each copy keeps the value of its own sign-in.</source>
      <translation>Рабочее место, которое дольше не связывалось с сервером, отказывает во входе офлайн, пока хотя бы раз не свяжется с сервером: так сотрудник, отключённый с тех пор, не войдёт на нём по старой копии ключей центра. Каждая копия хранит значение, действовавшее при входе, когда она была записана.</translation>
    </message>
    <message>
      <source>After this many wrong passwords in a row each further attempt waits longer (2 seconds, doubling, at most 5 minutes). The desk never locks anyone out for good.</source>
      <translation>После стольких неверных паролей подряд каждая следующая попытка ждёт дольше (2 секунды, вдвое больше каждый раз, не более 5 минут). Пульт никого не блокирует навсегда.</translation>
    </message>
    <message>
      <source>Days a workstation may sign people in offline</source>
      <translation>Сколько дней рабочее место может впускать офлайн</translation>
    </message>
    <message>
      <source>Failed sign-ins before the desk makes people wait</source>
      <translation>Неудачных входов, после которых пульт заставляет ждать</translation>
    </message>
    <message>
      <source>Lock the screen after this many idle minutes</source>
      <translation>Блокировать экран после стольких минут бездействия</translation>
    </message>
    <message>
      <source>The desk locks itself when nobody touches it; the call being taken is kept. Short is safer in a shared room.</source>
      <translation>Пульт блокируется сам, когда к нему никто не прикасается; принимаемый звонок сохраняется. В общей комнате короткий срок безопаснее.</translation>
    </message>
  </context>
  <context>
    <name>validation</name>
    <message>
      <source>A call without content carries no topics, outcomes or notes.</source>
      <translation>У звонка без содержания нет тем, результатов и заметок.</translation>
    </message>
    <message>
      <source>A phone number holds digits, spaces and + ( ) - , ; / only.</source>
      <translation>Номер телефона может содержать только цифры, пробелы и + ( ) - , ; /.</translation>
    </message>
    <message>
      <source>A referral to a state body (the Migration Service, a consulate, the Assistance Center, a local commission) or to a shelter passes the person's details on or places them; the law allows it only with the consent of the person concerned, and consent is not recorded as yes.</source>
      <translation>Направление в государственный орган (Миграционная служба, консульство, Центр помощи, местная комиссия) или в приют передаёт данные человека или помещает его туда; закон разрешает это только с согласия самого человека, а согласие не отмечено как «да».</translation>
    </message>
    <message>
      <source>A referral to the police unit passes identifying details to law enforcement; the law allows it only with the consent of the person concerned, and consent is not recorded as yes.</source>
      <translation>Направление в полицию передаёт идентифицирующие данные правоохранительным органам; закон допускает это только с согласия самого лица, а согласие не отмечено как «да».</translation>
    </message>
    <message>
      <source>A relative may be involved: a relative's consent does not count for this child. Report to the Commission and the guardianship authority instead.</source>
      <translation>Возможно, замешан родственник: согласие родственника за этого ребёнка не принимается. Вместо этого сообщите в Комиссию и в орган опеки.</translation>
    </message>
    <message>
      <source>An entity needs a value.</source>
      <translation>У объекта должно быть значение.</translation>
    </message>
    <message>
      <source>Choose at least one outcome or referral.</source>
      <translation>Выберите хотя бы один результат или направление.</translation>
    </message>
    <message>
      <source>Choose the country of citizenship for a foreign citizen.</source>
      <translation>Для иностранного гражданина выберите страну гражданства.</translation>
    </message>
    <message>
      <source>Choose the outcome this entry is for.</source>
      <translation>Выберите результат, к которому относится эта запись.</translation>
    </message>
    <message>
      <source>Choose the primary topic of the call.</source>
      <translation>Выберите основную тему звонка.</translation>
    </message>
    <message>
      <source>Fill in Azerbaijani, Russian and English, or leave all three empty.</source>
      <translation>Заполните на азербайджанском, русском и английском или оставьте все три пустыми.</translation>
    </message>
    <message>
      <source>Identity details are kept only with the person's consent: tick the consent box of section 11, or leave the details empty.</source>
      <translation>Личные данные хранятся только с согласия человека: отметьте согласие в разделе 11 или оставьте данные пустыми.</translation>
    </message>
    <message>
      <source>No person concerned has this pseudonym. A pseudonym is issued by the desk (Assign a new pseudonym) or is one it issued before; never type a name here: names go only into the sealed identity details, with consent.</source>
      <translation>Нет пострадавшего с таким псевдонимом. Псевдоним выдаёт пульт («Присвоить новый псевдоним») или это ранее выданный; никогда не вводите сюда имя: имена записываются только в запечатанные данные о личности, с согласия.</translation>
    </message>
    <message>
      <source>The consent must be the person's own: the caller speaks for another adult, and a relative or anyone else cannot consent for an adult. Untick the referral, or let the person concerned consent themself.</source>
      <translation>Согласие должно быть дано самим человеком: звонящий говорит о другом взрослом, а родственник или кто-либо ещё не может дать согласие за взрослого. Снимите направление или пусть согласие даст сам человек.</translation>
    </message>
    <message>
      <source>The date of a contact cannot be before {year}.</source>
      <translation>Дата обращения не может быть раньше {year} года.</translation>
    </message>
    <message>
      <source>The date of a contact cannot be in the future.</source>
      <translation>Дата обращения не может быть в будущем.</translation>
    </message>
    <message>
      <source>The date of the last check cannot be in the future.</source>
      <translation>Дата последней проверки не может быть в будущем.</translation>
    </message>
    <message>
      <source>The duration cannot be longer than {limit} seconds (7 days).</source>
      <translation>Длительность не может превышать {limit} секунд (7 дней).</translation>
    </message>
    <message>
      <source>The duration cannot be negative.</source>
      <translation>Длительность не может быть отрицательной.</translation>
    </message>
    <message>
      <source>The primary topic must be one of the ticked topics.</source>
      <translation>Основная тема должна быть одной из отмеченных.</translation>
    </message>
    <message>
      <source>The sector is recorded for forced labour only: choose forced labour or no sector.</source>
      <translation>Отрасль указывается только для принудительного труда: выберите принудительный труд или не указывайте отрасль.</translation>
    </message>
    <message>
      <source>Too long: at most {limit} characters.</source>
      <translation>Слишком длинно: не больше {limit} символов.</translation>
    </message>
    <message>
      <source>Type the name in Azerbaijani, Russian and English.</source>
      <translation>Введите название на азербайджанском, русском и английском.</translation>
    </message>
    <message>
      <source>Unknown value {value!r}.</source>
      <translation>Неизвестное значение {value!r}.</translation>
    </message>
  </context>
  <context>
    <name>warnings</name>
    <message>
      <source>Calls sealed from this workstation were found unsealed on the centre's server (put back from an older copy?) and were sealed again at your sign-in.</source>
      <translation>Звонки, запечатанные с этого рабочего места, оказались на сервере центра незапечатанными (возвращены из старой копии?) и при вашем входе запечатаны снова.</translation>
    </message>
    <message>
      <source>Retention ran at your sign-in: the free text and identity details of reviewed calls older than the centre keeps them were destroyed on the server (coded fields kept).</source>
      <translation>При вашем входе сработал срок хранения: свободный текст и личные данные проверенных звонков старше срока, который хранит центр, уничтожены на сервере (кодированные поля сохранены).</translation>
    </message>
    <message>
      <source>Sealing and retention could not run at your sign-in on the centre; sign in again, or run 'hotline retention --run'.</source>
      <translation>При вашем входе в центр печати и срок хранения применить не удалось; войдите снова или запустите 'hotline retention --run'.</translation>
    </message>
    <message>
      <source>Signed in offline, from this computer's copy of the centre's keys: calls you save are kept here and sent when the server is back; pages that need the server say so.</source>
      <translation>Вы вошли офлайн, по копии ключей центра на этом компьютере: сохранённые звонки остаются здесь и отправляются, когда сервер вернётся; страницы, которым нужен сервер, сообщают об этом.</translation>
    </message>
    <message>
      <source>The OS keychain backend changed since set-up (now {backend}). The desk still opened; tell the administrator.</source>
      <translation>Со времени настройки сменилось хранилище ключей ОС (теперь {backend}). Пульт всё же открыт; сообщите администратору.</translation>
    </message>
    <message>
      <source>The audit log does not start with this desk's own first entry (the one pinned in your key slot): it was replaced. Tell the administrator at once.</source>
      <translation>Журнал аудита начинается не с первой записи этого пульта (закреплённой в вашем слоте ключей): его подменили. Немедленно сообщите администратору.</translation>
    </message>
    <message>
      <source>The audit log was cut or rewritten since you last signed out: entries your last session saw are missing or different. Tell the administrator at once; the desk keeps working.</source>
      <translation>С вашего последнего выхода журнал аудита обрезан или переписан: записи, которые видел ваш последний сеанс, отсутствуют или изменены. Немедленно сообщите администратору; пульт продолжает работать.</translation>
    </message>
    <message>
      <source>The audit log's head file beside the database was deleted, damaged or does not match the log: entries may have been removed. Tell the administrator; 'hotline verify' names the problem.</source>
      <translation>Файл вершины журнала аудита рядом с базой данных удалён, повреждён или не совпадает с журналом: записи могли быть удалены. Сообщите администратору; 'hotline verify' назовёт проблему.</translation>
    </message>
    <message>
      <source>The disk is full: the desk opened for reading only. Nothing can be saved, not even the record of this sign-in, until some space is freed on the disk; then sign in again.</source>
      <translation>Диск заполнен: пульт открыт только для чтения. Пока на диске не освободится место, ничего нельзя сохранить, даже запись об этом входе; затем войдите снова.</translation>
    </message>
    <message>
      <source>The keychain of this machine did not hold the desk's secret: the desk is now bound to it anew. Give every user a new password; their old ones were bound to the lost secret.</source>
      <translation>В хранилище ключей этой машины не было секрета пульта: теперь пульт заново привязан к нему. Выдайте каждому пользователю новый пароль: старые были привязаны к утерянному секрету.</translation>
    </message>
    <message>
      <source>This desk is not bound to the machine's keychain: a copy of its files can be attacked elsewhere by guessing passwords.</source>
      <translation>Этот пульт не привязан к хранилищу ключей компьютера: копию его файлов можно атаковать в другом месте подбором паролей.</translation>
    </message>
    <message>
      <source>This key slot uses test-strength key derivation: change the password.</source>
      <translation>Этот слот ключа использует тестовую стойкость вывода ключа: смените пароль.</translation>
    </message>
    <message>
      <source>Your password was reset since you last signed in on this computer. Any calls you kept on this computer before the reset (saved while the server was away) were not sent: they wait on this computer, set aside under your old password. Tell the centre's administrator.</source>
      <translation>С тех пор как вы последний раз входили на этом компьютере, ваш пароль был сброшен. Звонки, которые вы сохранили на этом компьютере до сброса (пока сервер был недоступен), не отправлены: они ждут на этом компьютере, отложенные под вашим старым паролем. Сообщите администратору центра.</translation>
    </message>
    <message>
      <source>Your roles recorded in the database differ from the roles an administrator granted you; the desk uses the granted ones. Tell the administrator.</source>
      <translation>Ваши роли, записанные в базе данных, отличаются от ролей, выданных вам администратором; пульт использует выданные. Сообщите администратору.</translation>
    </message>
  </context>
</TS>
