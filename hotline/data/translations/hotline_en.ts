<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>152 — Hotline desk</source>
      <translation>152 — Hotline desk</translation>
    </message>
    <message>
      <source>About the 152 hotline desk</source>
      <translation>About the 152 hotline desk</translation>
    </message>
    <message>
      <source>Data folder</source>
      <translation>Data folder</translation>
    </message>
    <message>
      <source>Libraries bundled with the program</source>
      <translation>Libraries bundled with the program</translation>
    </message>
    <message>
      <source>Libraries bundled with the program:</source>
      <translation>Libraries bundled with the program:</translation>
    </message>
    <message>
      <source>Library</source>
      <translation>Library</translation>
    </message>
    <message>
      <source>Licence</source>
      <translation>Licence</translation>
    </message>
    <message>
      <source>Qt and PySide6 are used under the GNU Lesser General Public License version 3: they are separate libraries in the program's folder, and you may replace them with your own build of the same version. Their source code is published at {qt} and {pyside}; the licence is at https://www.gnu.org/licenses/lgpl-3.0.html.</source>
      <translation>Qt and PySide6 are used under the GNU Lesser General Public License version 3: they are separate libraries in the program's folder, and you may replace them with your own build of the same version. Their source code is published at {qt} and {pyside}; the licence is at https://www.gnu.org/licenses/lgpl-3.0.html.</translation>
    </message>
    <message>
      <source>Source code</source>
      <translation>Source code</translation>
    </message>
    <message>
      <source>This desk's data folder (back it up before an upgrade):</source>
      <translation>This desk's data folder (back it up before an upgrade):</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <source>Version {version}</source>
      <translation>Version {version}</translation>
    </message>
  </context>
  <context>
    <name>AddUserDialog</name>
    <message>
      <source>Add a user</source>
      <translation>Add a user</translation>
    </message>
    <message>
      <source>Roles:</source>
      <translation>Roles:</translation>
    </message>
    <message>
      <source>User &amp;name:</source>
      <translation>User &amp;name:</translation>
    </message>
  </context>
  <context>
    <name>ApprovalsPage</name>
    <message>
      <source>Approve</source>
      <translation>Approve</translation>
    </message>
    <message>
      <source>Approved or refused by</source>
      <translation>Approved or refused by</translation>
    </message>
    <message>
      <source>Asked at</source>
      <translation>Asked at</translation>
    </message>
    <message>
      <source>Asked by</source>
      <translation>Asked by</translation>
    </message>
    <message>
      <source>Carry it out</source>
      <translation>Carry it out</translation>
    </message>
    <message>
      <source>Change the roles of %1 to: %2</source>
      <translation>Change the roles of %1 to: %2</translation>
    </message>
    <message>
      <source>Changing roles, an export for partners and sealing need two people: one asks, another administrator or a supervisor approves here, signed in as themselves, and the one who asked carries it out within 24 hours. Nobody approves their own request.</source>
      <translation>Changing roles, an export for partners and sealing need two people: one asks, another administrator or a supervisor approves here, signed in as themselves, and the one who asked carries it out within 24 hours. Nobody approves their own request.</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <source>Refuse</source>
      <translation>Refuse</translation>
    </message>
    <message>
      <source>Request %1 was carried out: the roles of %2 were changed.</source>
      <translation>Request %1 was carried out: the roles of %2 were changed.</translation>
    </message>
    <message>
      <source>Request %1: %2.</source>
      <translation>Request %1: %2.</translation>
    </message>
    <message>
      <source>Requests for a second person's approval</source>
      <translation>Requests for a second person's approval</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>What</source>
      <translation>What</translation>
    </message>
    <message>
      <source>Withdraw my request</source>
      <translation>Withdraw my request</translation>
    </message>
    <message>
      <source>the recovery code</source>
      <translation>the recovery code</translation>
    </message>
  </context>
  <context>
    <name>AuditPdf</name>
    <message>
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>What</source>
      <translation>What</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Who</translation>
    </message>
  </context>
  <context>
    <name>AuditViewerPage</name>
    <message>
      <source>%1 entries match</source>
      <translation>%1 entries match</translation>
    </message>
    <message>
      <source>%1 entries written to %2, with a signed manifest beside it (%3). The inspector checks it with 'hotline verify-export'.</source>
      <translation>%1 entries written to %2, with a signed manifest beside it (%3). The inspector checks it with 'hotline verify-export'.</translation>
    </message>
    <message>
      <source>A record number has digits only.</source>
      <translation>A record number has digits only.</translation>
    </message>
    <message>
      <source>Acknowledge</source>
      <translation>Acknowledge</translation>
    </message>
    <message>
      <source>Acknowledged and recorded. The finding stays in the log and verify still reports it: restoring a backup from before the change is what clears the desk.</source>
      <translation>Acknowledged and recorded. The finding stays in the log and verify still reports it: restoring a backup from before the change is what clears the desk.</translation>
    </message>
    <message>
      <source>Call no.</source>
      <translation>Call no.</translation>
    </message>
    <message>
      <source>Every action</source>
      <translation>Every action</translation>
    </message>
    <message>
      <source>Everyone</source>
      <translation>Everyone</translation>
    </message>
    <message>
      <source>Export CSV…</source>
      <translation>Export CSV…</translation>
    </message>
    <message>
      <source>Export PDF…</source>
      <translation>Export PDF…</translation>
    </message>
    <message>
      <source>Export no.</source>
      <translation>Export no.</translation>
    </message>
    <message>
      <source>Export the audit to</source>
      <translation>Export the audit to</translation>
    </message>
    <message>
      <source>From %1 to %2</source>
      <translation>From %1 to %2</translation>
    </message>
    <message>
      <source>Hotline 152: audit log</source>
      <translation>Hotline 152: audit log</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Record: %1</source>
      <translation>Record: %1</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Show</translation>
    </message>
    <message>
      <source>Task no.</source>
      <translation>Task no.</translation>
    </message>
    <message>
      <source>The audit chain and the desk check clean: %1 entries, every signature and link verified.</source>
      <translation>The audit chain and the desk check clean: %1 entries, every signature and link verified.</translation>
    </message>
    <message>
      <source>The centre's audit chain checks clean on the server: %1 entries, every signature and link verified, and this workstation's witness of its head.</source>
      <translation>The centre's audit chain checks clean on the server: %1 entries, every signature and link verified, and this workstation's witness of its head.</translation>
    </message>
    <message>
      <source>The check found %1 problems. Do not delete anything; restore a backup from before the change and call the person responsible for the desk:</source>
      <translation>The check found %1 problems. Do not delete anything; restore a backup from before the change and call the person responsible for the desk:</translation>
    </message>
    <message>
      <source>The newest %1 of %2 matching entries</source>
      <translation>The newest %1 of %2 matching entries</translation>
    </message>
    <message>
      <source>The newest %1 of more than %2 matching entries</source>
      <translation>The newest %1 of more than %2 matching entries</translation>
    </message>
    <message>
      <source>User no.</source>
      <translation>User no.</translation>
    </message>
    <message>
      <source>Verify the chain</source>
      <translation>Verify the chain</translation>
    </message>
    <message>
      <source>What</source>
      <translation>What</translation>
    </message>
    <message>
      <source>What the desk noticed at sign-ins</source>
      <translation>What the desk noticed at sign-ins</translation>
    </message>
    <message>
      <source>What was done about it (who was told, which backup was restored)</source>
      <translation>What was done about it (who was told, which backup was restored)</translation>
    </message>
    <message>
      <source>What: %1</source>
      <translation>What: %1</translation>
    </message>
    <message>
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Who</translation>
    </message>
    <message>
      <source>Who: %1</source>
      <translation>Who: %1</translation>
    </message>
    <message>
      <source>acknowledged by %1 on %2: %3</source>
      <translation>acknowledged by %1 on %2: %3</translation>
    </message>
    <message>
      <source>any</source>
      <translation>any</translation>
    </message>
    <message>
      <source>from</source>
      <translation>from</translation>
    </message>
    <message>
      <source>not acknowledged</source>
      <translation>not acknowledged</translation>
    </message>
    <message>
      <source>number</source>
      <translation>number</translation>
    </message>
    <message>
      <source>to</source>
      <translation>to</translation>
    </message>
  </context>
  <context>
    <name>AuditWords</name>
    <message>
      <source>At {who}'s sign-in the desk noticed: {problem}</source>
      <translation>At {who}'s sign-in the desk noticed: {problem}</translation>
    </message>
    <message>
      <source>Calls saved, corrected and reviewed</source>
      <translation>Calls saved, corrected and reviewed</translation>
    </message>
    <message>
      <source>Exports</source>
      <translation>Exports</translation>
    </message>
    <message>
      <source>Four eyes</source>
      <translation>Four eyes</translation>
    </message>
    <message>
      <source>Readings of identity details</source>
      <translation>Readings of identity details</translation>
    </message>
    <message>
      <source>Readings of notes</source>
      <translation>Readings of notes</translation>
    </message>
    <message>
      <source>Refusals and findings</source>
      <translation>Refusals and findings</translation>
    </message>
    <message>
      <source>Sign-ins and the lock screen</source>
      <translation>Sign-ins and the lock screen</translation>
    </message>
    <message>
      <source>The desk: checks, backups, keys, settings</source>
      <translation>The desk: checks, backups, keys, settings</translation>
    </message>
    <message>
      <source>Users, roles and passwords</source>
      <translation>Users, roles and passwords</translation>
    </message>
    <message>
      <source>the recovery code</source>
      <translation>the recovery code</translation>
    </message>
    <message>
      <source>{who} acknowledged finding {object}: “{note}”</source>
      <translation>{who} acknowledged finding {object}: “{note}”</translation>
    </message>
    <message>
      <source>{who} added synthetic demo calls</source>
      <translation>{who} added synthetic demo calls</translation>
    </message>
    <message>
      <source>{who} added the follow-up task {object}</source>
      <translation>{who} added the follow-up task {object}</translation>
    </message>
    <message>
      <source>{who} added the user {user} ({roles})</source>
      <translation>{who} added the user {user} ({roles})</translation>
    </message>
    <message>
      <source>{who} approved alone ({act}): the desk has one administrator</source>
      <translation>{who} approved alone ({act}): the desk has one administrator</translation>
    </message>
    <message>
      <source>{who} approved request {object}</source>
      <translation>{who} approved request {object}</translation>
    </message>
    <message>
      <source>{who} asked a second person to approve: {act} (request {seq})</source>
      <translation>{who} asked a second person to approve: {act} (request {seq})</translation>
    </message>
    <message>
      <source>{who} bound the desk to this machine's keychain again</source>
      <translation>{who} bound the desk to this machine's keychain again</translation>
    </message>
    <message>
      <source>{who} carried out request {object}</source>
      <translation>{who} carried out request {object}</translation>
    </message>
    <message>
      <source>{who} changed the roles of {user} to {roles}</source>
      <translation>{who} changed the roles of {user} to {roles}</translation>
    </message>
    <message>
      <source>{who} changed their own password</source>
      <translation>{who} changed their own password</translation>
    </message>
    <message>
      <source>{who} changed “{setting}” from {old} to {value}</source>
      <translation>{who} changed “{setting}” from {old} to {value}</translation>
    </message>
    <message>
      <source>{who} commented on call {call}</source>
      <translation>{who} commented on call {call}</translation>
    </message>
    <message>
      <source>{who} confirmed how the columns of an old log are imported</source>
      <translation>{who} confirmed how the columns of an old log are imported</translation>
    </message>
    <message>
      <source>{who} corrected call {call}: {fields}</source>
      <translation>{who} corrected call {call}: {fields}</translation>
    </message>
    <message>
      <source>{who} corrected their own call {call}: {fields}</source>
      <translation>{who} corrected their own call {call}: {fields}</translation>
    </message>
    <message>
      <source>{who} disabled the user {user}</source>
      <translation>{who} disabled the user {user}</translation>
    </message>
    <message>
      <source>{who} discarded a call not saved</source>
      <translation>{who} discarded a call not saved</translation>
    </message>
    <message>
      <source>{who} exported {entries} audit entries ({format})</source>
      <translation>{who} exported {entries} audit entries ({format})</translation>
    </message>
    <message>
      <source>{who} exported {table} for {period} ({audience})</source>
      <translation>{who} exported {table} for {period} ({audience})</translation>
    </message>
    <message>
      <source>{who} exported {table} for {period} again ({audience})</source>
      <translation>{who} exported {table} for {period} again ({audience})</translation>
    </message>
    <message>
      <source>{who} gave a returning caller a pseudonym</source>
      <translation>{who} gave a returning caller a pseudonym</translation>
    </message>
    <message>
      <source>{who} gave the database a new key</source>
      <translation>{who} gave the database a new key</translation>
    </message>
    <message>
      <source>{who} gave {user} a new password and new keys</source>
      <translation>{who} gave {user} a new password and new keys</translation>
    </message>
    <message>
      <source>{who} imported calls from an old log</source>
      <translation>{who} imported calls from an old log</translation>
    </message>
    <message>
      <source>{who} let go of call {call} in review</source>
      <translation>{who} let go of call {call} in review</translation>
    </message>
    <message>
      <source>{who} linked call {call}, saved earlier, by the entities it names</source>
      <translation>{who} linked call {call}, saved earlier, by the entities it names</translation>
    </message>
    <message>
      <source>{who} made a backup ({calls} calls)</source>
      <translation>{who} made a backup ({calls} calls)</translation>
    </message>
    <message>
      <source>{who} read the identity details of call {call}: reason “{reason}”</source>
      <translation>{who} read the identity details of call {call}: reason “{reason}”</translation>
    </message>
    <message>
      <source>{who} read the notes of call {call}</source>
      <translation>{who} read the notes of call {call}</translation>
    </message>
    <message>
      <source>{who} recorded the task {object} as done</source>
      <translation>{who} recorded the task {object} as done</translation>
    </message>
    <message>
      <source>{who} refused request {object}</source>
      <translation>{who} refused request {object}</translation>
    </message>
    <message>
      <source>{who} removed workstation {object} from the centre</source>
      <translation>{who} removed workstation {object} from the centre</translation>
    </message>
    <message>
      <source>{who} reopened call {call}, saved as a call without content</source>
      <translation>{who} reopened call {call}, saved as a call without content</translation>
    </message>
    <message>
      <source>{who} restored the desk from a backup</source>
      <translation>{who} restored the desk from a backup</translation>
    </message>
    <message>
      <source>{who} reviewed call {call}</source>
      <translation>{who} reviewed call {call}</translation>
    </message>
    <message>
      <source>{who} saved call {call}</source>
      <translation>{who} saved call {call}</translation>
    </message>
    <message>
      <source>{who} sealed the free text of call {call}</source>
      <translation>{who} sealed the free text of call {call}</translation>
    </message>
    <message>
      <source>{who} sealed the free text of the desk</source>
      <translation>{who} sealed the free text of the desk</translation>
    </message>
    <message>
      <source>{who} set up the desk</source>
      <translation>{who} set up the desk</translation>
    </message>
    <message>
      <source>{who} signed in</source>
      <translation>{who} signed in</translation>
    </message>
    <message>
      <source>{who} signed in after {count} failed sign-ins (recorded now)</source>
      <translation>{who} signed in after {count} failed sign-ins (recorded now)</translation>
    </message>
    <message>
      <source>{who} signed in with the new keys of the password reset in entry {reset}: this workstation's record of the log, made under the earlier keys (entry {witnessed}), was set aside and started afresh at the server's head; calls kept here before the reset wait there, not sent</source>
      <translation>{who} signed in with the new keys of the password reset in entry {reset}: this workstation's record of the log, made under the earlier keys (entry {witnessed}), was set aside and started afresh at the server's head; calls kept here before the reset wait there, not sent</translation>
    </message>
    <message>
      <source>{who} stored identity details of call {call}</source>
      <translation>{who} stored identity details of call {call}</translation>
    </message>
    <message>
      <source>{who} took call {call} for review</source>
      <translation>{who} took call {call} for review</translation>
    </message>
    <message>
      <source>{who} unlocked the screen</source>
      <translation>{who} unlocked the screen</translation>
    </message>
    <message>
      <source>{who} verified the desk: {problems} problems</source>
      <translation>{who} verified the desk: {problems} problems</translation>
    </message>
    <message>
      <source>{who} was refused an export of {table} for {period}: it would disclose</source>
      <translation>{who} was refused an export of {table} for {period}: it would disclose</translation>
    </message>
    <message>
      <source>{who} was refused identity details that were moved to call {call}</source>
      <translation>{who} was refused identity details that were moved to call {call}</translation>
    </message>
    <message>
      <source>{who} was refused: {what}</source>
      <translation>{who} was refused: {what}</translation>
    </message>
    <message>
      <source>{who} withdrew request {object}</source>
      <translation>{who} withdrew request {object}</translation>
    </message>
    <message>
      <source>{who}: a wrong password was typed on the lock screen</source>
      <translation>{who}: a wrong password was typed on the lock screen</translation>
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
      <translation>Calls</translation>
    </message>
    <message>
      <source>File</source>
      <translation>File</translation>
    </message>
    <message>
      <source>NOT usable</source>
      <translation>NOT usable</translation>
    </message>
    <message>
      <source>NOT usable: {problem}</source>
      <translation>NOT usable: {problem}</translation>
    </message>
    <message>
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Size</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Why</translation>
    </message>
    <message>
      <source>Written</source>
      <translation>Written</translation>
    </message>
    <message>
      <source>at an administrator's sign-out</source>
      <translation>at an administrator's sign-out</translation>
    </message>
    <message>
      <source>backed up from the window</source>
      <translation>backed up from the window</translation>
    </message>
    <message>
      <source>daily</source>
      <translation>daily</translation>
    </message>
    <message>
      <source>from the command line</source>
      <translation>from the command line</translation>
    </message>
    <message>
      <source>removed</source>
      <translation>removed</translation>
    </message>
    <message>
      <source>removed (older than the last ones kept)</source>
      <translation>removed (older than the last ones kept)</translation>
    </message>
    <message>
      <source>verified by opening it</source>
      <translation>verified by opening it</translation>
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
      <translation>A USB drive or a network share, away from this computer. A backup is also written each time an administrator signs out; each one is opened and checked before it counts, and the oldest beyond the number kept are deleted.</translation>
    </message>
    <message>
      <source>Back up every day</source>
      <translation>Back up every day</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>Back up now</translation>
    </message>
    <message>
      <source>Backup folder</source>
      <translation>Backup folder</translation>
    </message>
    <message>
      <source>Backup folder:</source>
      <translation>Backup folder:</translation>
    </message>
    <message>
      <source>Backup written and verified by opening it: {path} ({calls} calls, {size}).</source>
      <translation>Backup written and verified by opening it: {path} ({calls} calls, {size}).</translation>
    </message>
    <message>
      <source>Backups written (the register)</source>
      <translation>Backups written (the register)</translation>
    </message>
    <message>
      <source>Check the selected backup again</source>
      <translation>Check the selected backup again</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <source>Keep the last</source>
      <translation>Keep the last</translation>
    </message>
    <message>
      <source>Newest verified backup: {age}, {when}, in {path}</source>
      <translation>Newest verified backup: {age}, {when}, in {path}</translation>
    </message>
    <message>
      <source>No verified backup yet: back up now.</source>
      <translation>No verified backup yet: back up now.</translation>
    </message>
    <message>
      <source>Opening the backup to check it…</source>
      <translation>Opening the backup to check it…</translation>
    </message>
    <message>
      <source>Save the schedule</source>
      <translation>Save the schedule</translation>
    </message>
    <message>
      <source>The backup opens and checks clean.</source>
      <translation>The backup opens and checks clean.</translation>
    </message>
    <message>
      <source>The next backup sets it aside and begins a new register.</source>
      <translation>The next backup sets it aside and begins a new register.</translation>
    </message>
    <message>
      <source>The schedule was saved.</source>
      <translation>The schedule was saved.</translation>
    </message>
    <message>
      <source>Where and when</source>
      <translation>Where and when</translation>
    </message>
    <message>
      <source>Writing the backup…</source>
      <translation>Writing the backup…</translation>
    </message>
    <message>
      <source>backups</source>
      <translation>backups</translation>
    </message>
    <message>
      <source>none chosen yet</source>
      <translation>none chosen yet</translation>
    </message>
  </context>
  <context>
    <name>CallBar</name>
    <message>
      <source>Caller's pseudonym, to read out</source>
      <translation>Caller's pseudonym, to read out</translation>
    </message>
    <message>
      <source>Copy</source>
      <translation>Copy</translation>
    </message>
    <message>
      <source>Copy the pseudonym (cleared after 10 s)</source>
      <translation>Copy the pseudonym (cleared after 10 s)</translation>
    </message>
    <message>
      <source>DO NOT CALL BACK this caller</source>
      <translation>DO NOT CALL BACK this caller</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Discard</translation>
    </message>
    <message>
      <source>Discard this call</source>
      <translation>Discard this call</translation>
    </message>
    <message>
      <source>End call</source>
      <translation>End call</translation>
    </message>
    <message>
      <source>End call: stop the timer</source>
      <translation>End call: stop the timer</translation>
    </message>
    <message>
      <source>Link returning caller</source>
      <translation>Link returning caller</translation>
    </message>
    <message>
      <source>New call</source>
      <translation>New call</translation>
    </message>
    <message>
      <source>New call (Ctrl+N)</source>
      <translation>New call (Ctrl+N)</translation>
    </message>
    <message>
      <source>Press again to discard</source>
      <translation>Press again to discard</translation>
    </message>
    <message>
      <source>Pseudonym a returning caller gives</source>
      <translation>Pseudonym a returning caller gives</translation>
    </message>
    <message>
      <source>Read this out to the caller: they give it next time</source>
      <translation>Read this out to the caller: they give it next time</translation>
    </message>
    <message>
      <source>Returning caller: their pseudonym</source>
      <translation>Returning caller: their pseudonym</translation>
    </message>
    <message>
      <source>Save (Ctrl+S)</source>
      <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
      <source>Save the call</source>
      <translation>Save the call</translation>
    </message>
  </context>
  <context>
    <name>CallForm</name>
    <message>
      <source>10. Notes</source>
      <translation>10. Notes</translation>
    </message>
    <message>
      <source>2. The call</source>
      <translation>2. The call</translation>
    </message>
    <message>
      <source>3. Topics</source>
      <translation>3. Topics</translation>
    </message>
    <message>
      <source>4. The caller</source>
      <translation>4. The caller</translation>
    </message>
    <message>
      <source>5. The person concerned and the exploitation</source>
      <translation>5. The person concerned and the exploitation</translation>
    </message>
    <message>
      <source>6. Indicators</source>
      <translation>6. Indicators</translation>
    </message>
    <message>
      <source>7. Outcome and referrals</source>
      <translation>7. Outcome and referrals</translation>
    </message>
    <message>
      <source>8. Flags</source>
      <translation>8. Flags</translation>
    </message>
    <message>
      <source>9. Entities the caller mentions (agency, phone, link, city)</source>
      <translation>9. Entities the caller mentions (agency, phone, link, city)</translation>
    </message>
    <message>
      <source>A child is involved (or a person believed to be under 18): saving creates two open tasks due today, the reports to the Commission on Minors' Affairs and to the guardianship and custody authority.</source>
      <translation>A child is involved (or a person believed to be under 18): saving creates two open tasks due today, the reports to the Commission on Minors' Affairs and to the guardianship and custody authority.</translation>
    </message>
    <message>
      <source>A relative may be involved in the trafficking</source>
      <translation>A relative may be involved in the trafficking</translation>
    </message>
    <message>
      <source>A relative may be involved: do not call the family back, and if the caller is that relative, do not tell them what will be done (reports, referrals, where the person is). A relative's consent does not count.</source>
      <translation>A relative may be involved: do not call the family back, and if the caller is that relative, do not tell them what will be done (reports, referrals, where the person is). A relative's consent does not count.</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Channel</translation>
    </message>
    <message>
      <source>Child involved</source>
      <translation>Child involved</translation>
    </message>
    <message>
      <source>Consent of the person concerned (their own) to share their details with the police or another state body, or to a shelter placement</source>
      <translation>Consent of the person concerned (their own) to share their details with the police or another state body, or to a shelter placement</translation>
    </message>
    <message>
      <source>Consent to share with state bodies</source>
      <translation>Consent to share with state bodies</translation>
    </message>
    <message>
      <source>How the caller heard of 152</source>
      <translation>How the caller heard of 152</translation>
    </message>
    <message>
      <source>How they heard of 152</source>
      <translation>How they heard of 152</translation>
    </message>
    <message>
      <source>Immediate danger</source>
      <translation>Immediate danger</translation>
    </message>
    <message>
      <source>Nature of the call</source>
      <translation>Nature of the call</translation>
    </message>
    <message>
      <source>Possible victim of trafficking</source>
      <translation>Possible victim of trafficking</translation>
    </message>
  </context>
  <context>
    <name>CallLogModel</name>
    <message>
      <source>Being reviewed by {name}</source>
      <translation>Being reviewed by {name}</translation>
    </message>
    <message>
      <source>Child</source>
      <translation>Child</translation>
    </message>
    <message>
      <source>Danger</source>
      <translation>Danger</translation>
    </message>
    <message>
      <source>Date and time</source>
      <translation>Date and time</translation>
    </message>
    <message>
      <source>Duration</source>
      <translation>Duration</translation>
    </message>
    <message>
      <source>Entered by {name} on behalf of the operator</source>
      <translation>Entered by {name} on behalf of the operator</translation>
    </message>
    <message>
      <source>Flags</source>
      <translation>Flags</translation>
    </message>
    <message>
      <source>Open tasks</source>
      <translation>Open tasks</translation>
    </message>
    <message>
      <source>Operator</source>
      <translation>Operator</translation>
    </message>
    <message>
      <source>Other topics</source>
      <translation>Other topics</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <source>Possible victim</source>
      <translation>Possible victim</translation>
    </message>
    <message>
      <source>Primary topic</source>
      <translation>Primary topic</translation>
    </message>
    <message>
      <source>Pseudonym</source>
      <translation>Pseudonym</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Review</translation>
    </message>
  </context>
  <context>
    <name>CallLogPage</name>
    <message>
      <source>All time</source>
      <translation>All time</translation>
    </message>
    <message>
      <source>Any operator</source>
      <translation>Any operator</translation>
    </message>
    <message>
      <source>Any outcome or referral</source>
      <translation>Any outcome or referral</translation>
    </message>
    <message>
      <source>Any topic</source>
      <translation>Any topic</translation>
    </message>
    <message>
      <source>Calls found: {n}</source>
      <translation>Calls found: {n}</translation>
    </message>
    <message>
      <source>Calls mentioning: {value}</source>
      <translation>Calls mentioning: {value}</translation>
    </message>
    <message>
      <source>Child</source>
      <translation>Child</translation>
    </message>
    <message>
      <source>Clear filters</source>
      <translation>Clear filters</translation>
    </message>
    <message>
      <source>Counting…</source>
      <translation>Counting…</translation>
    </message>
    <message>
      <source>Danger</source>
      <translation>Danger</translation>
    </message>
    <message>
      <source>Dates…</source>
      <translation>Dates…</translation>
    </message>
    <message>
      <source>Delete filter</source>
      <translation>Delete filter</translation>
    </message>
    <message>
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <source>Hide calls without content</source>
      <translation>Hide calls without content</translation>
    </message>
    <message>
      <source>Last 12 months</source>
      <translation>Last 12 months</translation>
    </message>
    <message>
      <source>Last 30 days</source>
      <translation>Last 30 days</translation>
    </message>
    <message>
      <source>Last 7 days</source>
      <translation>Last 7 days</translation>
    </message>
    <message>
      <source>Name of the filter:</source>
      <translation>Name of the filter:</translation>
    </message>
    <message>
      <source>Open tasks</source>
      <translation>Open tasks</translation>
    </message>
    <message>
      <source>Possible victim</source>
      <translation>Possible victim</translation>
    </message>
    <message>
      <source>Save filter</source>
      <translation>Save filter</translation>
    </message>
    <message>
      <source>Save filter…</source>
      <translation>Save filter…</translation>
    </message>
    <message>
      <source>Saved filters</source>
      <translation>Saved filters</translation>
    </message>
    <message>
      <source>Search the notes (az, ru, en)…</source>
      <translation>Search the notes (az, ru, en)…</translation>
    </message>
    <message>
      <source>Searching…</source>
      <translation>Searching…</translation>
    </message>
    <message>
      <source>Show all calls</source>
      <translation>Show all calls</translation>
    </message>
    <message>
      <source>The call log could not be read; try again.</source>
      <translation>The call log could not be read; try again.</translation>
    </message>
    <message>
      <source>To</source>
      <translation>To</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Today</translation>
    </message>
  </context>
  <context>
    <name>CallTimer</name>
    <message>
      <source>Call duration</source>
      <translation>Call duration</translation>
    </message>
    <message>
      <source>Time since the call started</source>
      <translation>Time since the call started</translation>
    </message>
  </context>
  <context>
    <name>CallerHistory</name>
    <message>
      <source>DO NOT CALL BACK</source>
      <translation>DO NOT CALL BACK</translation>
    </message>
    <message>
      <source>Earlier calls of this caller (coded summary)</source>
      <translation>Earlier calls of this caller (coded summary)</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <source>a relative may be involved: tell a relative nothing of what was done</source>
      <translation>a relative may be involved: tell a relative nothing of what was done</translation>
    </message>
    <message>
      <source>child involved</source>
      <translation>child involved</translation>
    </message>
    <message>
      <source>immediate danger</source>
      <translation>immediate danger</translation>
    </message>
    <message>
      <source>possible victim</source>
      <translation>possible victim</translation>
    </message>
  </context>
  <context>
    <name>CallerSection</name>
    <message>
      <source>Age band</source>
      <translation>Age band</translation>
    </message>
    <message>
      <source>An interpreter was needed</source>
      <translation>An interpreter was needed</translation>
    </message>
    <message>
      <source>Caller: %1</source>
      <translation>Caller: %1</translation>
    </message>
    <message>
      <source>Citizenship</source>
      <translation>Citizenship</translation>
    </message>
    <message>
      <source>Country of citizenship</source>
      <translation>Country of citizenship</translation>
    </message>
    <message>
      <source>Language of the call</source>
      <translation>Language of the call</translation>
    </message>
    <message>
      <source>Region of the call</source>
      <translation>Region of the call</translation>
    </message>
    <message>
      <source>Relation to the person concerned</source>
      <translation>Relation to the person concerned</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Sex</translation>
    </message>
  </context>
  <context>
    <name>CentreBackupsPage</name>
    <message>
      <source>A backup of a centre is PostgreSQL's pg_dump of its database on the server, taken with the server's superuser login for an administrator: the free text, the identities and the data keys are in it as the sealed bytes the server holds. Each one is recorded in a register beside the backup files. Restoring a centre is done on the server: hotline restore --server.</source>
      <translation>A backup of a centre is PostgreSQL's pg_dump of its database on the server, taken with the server's superuser login for an administrator: the free text, the identities and the data keys are in it as the sealed bytes the server holds. Each one is recorded in a register beside the backup files. Restoring a centre is done on the server: hotline restore --server.</translation>
    </message>
    <message>
      <source>Back up now</source>
      <translation>Back up now</translation>
    </message>
    <message>
      <source>Back up the centre now</source>
      <translation>Back up the centre now</translation>
    </message>
    <message>
      <source>Backing up the centre on its server…</source>
      <translation>Backing up the centre on its server…</translation>
    </message>
    <message>
      <source>Backup folder</source>
      <translation>Backup folder</translation>
    </message>
    <message>
      <source>Backup of the centre written: {path} ({calls} calls, {size}). The free text and identities are in it sealed, as on the server. Keep it away from the server.</source>
      <translation>Backup of the centre written: {path} ({calls} calls, {size}). The free text and identities are in it sealed, as on the server. Keep it away from the server.</translation>
    </message>
    <message>
      <source>Backups in this folder (the register)</source>
      <translation>Backups in this folder (the register)</translation>
    </message>
    <message>
      <source>Backups of the centre</source>
      <translation>Backups of the centre</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <source>Folder:</source>
      <translation>Folder:</translation>
    </message>
    <message>
      <source>Its password:</source>
      <translation>Its password:</translation>
    </message>
    <message>
      <source>The server's superuser:</source>
      <translation>The server's superuser:</translation>
    </message>
    <message>
      <source>Your password:</source>
      <translation>Your password:</translation>
    </message>
    <message>
      <source>none chosen yet</source>
      <translation>none chosen yet</translation>
    </message>
  </context>
  <context>
    <name>ConcernedSection</name>
    <message>
      <source>Age band</source>
      <translation>Age band</translation>
    </message>
    <message>
      <source>Age unknown but believed to be under 18</source>
      <translation>Age unknown but believed to be under 18</translation>
    </message>
    <message>
      <source>Assign a new pseudonym</source>
      <translation>Assign a new pseudonym</translation>
    </message>
    <message>
      <source>Citizenship</source>
      <translation>Citizenship</translation>
    </message>
    <message>
      <source>Country of citizenship</source>
      <translation>Country of citizenship</translation>
    </message>
    <message>
      <source>Destination or place of exploitation</source>
      <translation>Destination or place of exploitation</translation>
    </message>
    <message>
      <source>Form of exploitation</source>
      <translation>Form of exploitation</translation>
    </message>
    <message>
      <source>Person concerned: %1</source>
      <translation>Person concerned: %1</translation>
    </message>
    <message>
      <source>Pseudonym of the person concerned</source>
      <translation>Pseudonym of the person concerned</translation>
    </message>
    <message>
      <source>Sector of forced labour</source>
      <translation>Sector of forced labour</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Sex</translation>
    </message>
    <message>
      <source>The caller is the person concerned: record here what happened to them (sex, age and citizenship as in section 4).</source>
      <translation>The caller is the person concerned: record here what happened to them (sex, age and citizenship as in section 4).</translation>
    </message>
    <message>
      <source>Their pseudonym</source>
      <translation>Their pseudonym</translation>
    </message>
    <message>
      <source>the pseudonym the desk gave them (it is looked up), or assign one</source>
      <translation>the pseudonym the desk gave them (it is looked up), or assign one</translation>
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
      <translation>Preparing the demo desk with invented calls…</translation>
    </message>
  </context>
  <context>
    <name>DeskCheckPage</name>
    <message>
      <source>A backup or an export manifest kept elsewhere</source>
      <translation>A backup or an export manifest kept elsewhere</translation>
    </message>
    <message>
      <source>Active users</source>
      <translation>Active users</translation>
    </message>
    <message>
      <source>Audit entries</source>
      <translation>Audit entries</translation>
    </message>
    <message>
      <source>Calls</source>
      <translation>Calls</translation>
    </message>
    <message>
      <source>Checked against {path}.</source>
      <translation>Checked against {path}.</translation>
    </message>
    <message>
      <source>Checks every page of the database, its integrity, the key slots against the users, the audit chain and its head, the rows of calls and users against the log, and the backup register. Against a backup or an export manifest kept elsewhere, it also shows whether the desk was rolled back since.</source>
      <translation>Checks every page of the database, its integrity, the key slots against the users, the audit chain and its head, the rows of calls and users against the log, and the backup register. Against a backup or an export manifest kept elsewhere, it also shows whether the desk was rolled back since.</translation>
    </message>
    <message>
      <source>Checks the centre's audit chain on its server: every entry's signature and link, the members' keys and roles against the chain, the calls against their entries, the sealing register, and the head of the chain this workstation saw last.</source>
      <translation>Checks the centre's audit chain on its server: every entry's signature and link, the members' keys and roles against the chain, the calls against their entries, the sealing register, and the head of the chain this workstation saw last.</translation>
    </message>
    <message>
      <source>Database version</source>
      <translation>Database version</translation>
    </message>
    <message>
      <source>Give the database a new key now? Everyone keeps their password; the desk stays open. Write a new backup afterwards.</source>
      <translation>Give the database a new key now? Everyone keeps their password; the desk stays open. Write a new backup afterwards.</translation>
    </message>
    <message>
      <source>Give the database a new key…</source>
      <translation>Give the database a new key…</translation>
    </message>
    <message>
      <source>Gives the database a new key and seals it again to every user's key slot, without anyone's password. Do it after disabling a user who may have kept a copy of the desk's files. Backups written before keep the old key and are restored with the passwords of their day.</source>
      <translation>Gives the database a new key and seals it again to every user's key slot, without anyone's password. Do it after disabling a user who may have kept a copy of the desk's files. Backups written before keep the old key and are restored with the passwords of their day.</translation>
    </message>
    <message>
      <source>Giving the database a new key…</source>
      <translation>Giving the database a new key…</translation>
    </message>
    <message>
      <source>Problems found (%1):</source>
      <translation>Problems found (%1):</translation>
    </message>
    <message>
      <source>The centre's audit chain checks clean on its server.</source>
      <translation>The centre's audit chain checks clean on its server.</translation>
    </message>
    <message>
      <source>The database has a new key (generation {generation}); every slot was rewrapped. Write a new backup now.</source>
      <translation>The database has a new key (generation {generation}); every slot was rewrapped. Write a new backup now.</translation>
    </message>
    <message>
      <source>The database key</source>
      <translation>The database key</translation>
    </message>
    <message>
      <source>The database, the key file and the audit chain check clean.</source>
      <translation>The database, the key file and the audit chain check clean.</translation>
    </message>
    <message>
      <source>Verify against a backup kept elsewhere…</source>
      <translation>Verify against a backup kept elsewhere…</translation>
    </message>
    <message>
      <source>Verify now</source>
      <translation>Verify now</translation>
    </message>
    <message>
      <source>Verify the centre</source>
      <translation>Verify the centre</translation>
    </message>
    <message>
      <source>Verify the desk</source>
      <translation>Verify the desk</translation>
    </message>
    <message>
      <source>Verifying…</source>
      <translation>Verifying…</translation>
    </message>
    <message>
      <source>Warnings:</source>
      <translation>Warnings:</translation>
    </message>
  </context>
  <context>
    <name>DetailPane</name>
    <message>
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>Call {id}</source>
      <translation>Call {id}</translation>
    </message>
    <message>
      <source>Call {id} · {when} · {operator}</source>
      <translation>Call {id} · {when} · {operator}</translation>
    </message>
    <message>
      <source>Call-back</source>
      <translation>Call-back</translation>
    </message>
    <message>
      <source>Caller</source>
      <translation>Caller</translation>
    </message>
    <message>
      <source>Choose a call in the list to see it here.</source>
      <translation>Choose a call in the list to see it here.</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>Coded record</source>
      <translation>Coded record</translation>
    </message>
    <message>
      <source>Corrections</source>
      <translation>Corrections</translation>
    </message>
    <message>
      <source>Do not call back.</source>
      <translation>Do not call back.</translation>
    </message>
    <message>
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <source>Duration</source>
      <translation>Duration</translation>
    </message>
    <message>
      <source>Identity details (vault)</source>
      <translation>Identity details (vault)</translation>
    </message>
    <message>
      <source>Mentioned in other calls</source>
      <translation>Mentioned in other calls</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>No call chosen</source>
      <translation>No call chosen</translation>
    </message>
    <message>
      <source>No comments.</source>
      <translation>No comments.</translation>
    </message>
    <message>
      <source>No corrections: the record is as the operator saved it.</source>
      <translation>No corrections: the record is as the operator saved it.</translation>
    </message>
    <message>
      <source>No tasks.</source>
      <translation>No tasks.</translation>
    </message>
    <message>
      <source>Nobody has read the notes or identity details yet.</source>
      <translation>Nobody has read the notes or identity details yet.</translation>
    </message>
    <message>
      <source>Notes (reading them is recorded)</source>
      <translation>Notes (reading them is recorded)</translation>
    </message>
    <message>
      <source>OVERDUE</source>
      <translation>OVERDUE</translation>
    </message>
    <message>
      <source>Other calls of the same person</source>
      <translation>Other calls of the same person</translation>
    </message>
    <message>
      <source>Other topics</source>
      <translation>Other topics</translation>
    </message>
    <message>
      <source>Person concerned</source>
      <translation>Person concerned</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Pseudonym: {p}</source>
      <translation>Pseudonym: {p}</translation>
    </message>
    <message>
      <source>Read identity details</source>
      <translation>Read identity details</translation>
    </message>
    <message>
      <source>Reason for reading (required, recorded)</source>
      <translation>Reason for reading (required, recorded)</translation>
    </message>
    <message>
      <source>Returned to the operator: {c}</source>
      <translation>Returned to the operator: {c}</translation>
    </message>
    <message>
      <source>Review comments</source>
      <translation>Review comments</translation>
    </message>
    <message>
      <source>Review: {state}</source>
      <translation>Review: {state}</translation>
    </message>
    <message>
      <source>Sealed. Reading is allowed to supervisors, with a reason.</source>
      <translation>Sealed. Reading is allowed to supervisors, with a reason.</translation>
    </message>
    <message>
      <source>Show every call that mentions it</source>
      <translation>Show every call that mentions it</translation>
    </message>
    <message>
      <source>Tasks</source>
      <translation>Tasks</translation>
    </message>
    <message>
      <source>The vault entry is empty.</source>
      <translation>The vault entry is empty.</translation>
    </message>
    <message>
      <source>Who has seen this record</source>
      <translation>Who has seen this record</translation>
    </message>
    <message>
      <source>claimed by {name}</source>
      <translation>claimed by {name}</translation>
    </message>
    <message>
      <source>done</source>
      <translation>done</translation>
    </message>
    <message>
      <source>due {date}</source>
      <translation>due {date}</translation>
    </message>
    <message>
      <source>entered by {name} on the operator's behalf</source>
      <translation>entered by {name} on the operator's behalf</translation>
    </message>
    <message>
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <source>open</source>
      <translation>open</translation>
    </message>
    <message>
      <source>read the identity details</source>
      <translation>read the identity details</translation>
    </message>
    <message>
      <source>read the notes</source>
      <translation>read the notes</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>{kind} “{value}”: in {calls} calls from one region</source>
      <translation>{kind} “{value}”: in {calls} calls from one region</translation>
    </message>
    <message>
      <source>{kind} “{value}”: in {calls} calls from {regions} regions</source>
      <translation>{kind} “{value}”: in {calls} calls from {regions} regions</translation>
    </message>
    <message>
      <source>{kind} “{value}”: only in this call</source>
      <translation>{kind} “{value}”: only in this call</translation>
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
      <translation>2026-11-30 or 30.11.2026</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>Azerbaijani</source>
      <translation>Azerbaijani</translation>
    </message>
    <message>
      <source>Checked today</source>
      <translation>Checked today</translation>
    </message>
    <message>
      <source>Delete this entry</source>
      <translation>Delete this entry</translation>
    </message>
    <message>
      <source>Directory entries</source>
      <translation>Directory entries</translation>
    </message>
    <message>
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <source>For the outcome</source>
      <translation>For the outcome</translation>
    </message>
    <message>
      <source>Hours</source>
      <translation>Hours</translation>
    </message>
    <message>
      <source>Last checked</source>
      <translation>Last checked</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>New entry</source>
      <translation>New entry</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Press again to delete</source>
      <translation>Press again to delete</translation>
    </message>
    <message>
      <source>Referral directory</source>
      <translation>Referral directory</translation>
    </message>
    <message>
      <source>Russian</source>
      <translation>Russian</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Saved: %1. Operators see it from their next call.</source>
      <translation>Saved: %1. Operators see it from their next call.</translation>
    </message>
    <message>
      <source>Saved: %1. The operators see it now.</source>
      <translation>Saved: %1. The operators see it now.</translation>
    </message>
    <message>
      <source>The directory is the centre's, kept on its server: the operators of every workstation of the centre see the same entries.</source>
      <translation>The directory is the centre's, kept on its server: the operators of every workstation of the centre see the same entries.</translation>
    </message>
    <message>
      <source>The entry was deleted.</source>
      <translation>The entry was deleted.</translation>
    </message>
    <message>
      <source>Type the date of the last check like 2026-11-30.</source>
      <translation>Type the date of the last check like 2026-11-30.</translation>
    </message>
    <message>
      <source>Web site</source>
      <translation>Web site</translation>
    </message>
    <message>
      <source>What they offer</source>
      <translation>What they offer</translation>
    </message>
    <message>
      <source>Who the operators call for each outcome. What you save here is shown beside the outcome from the operator's next call; every change is audited.</source>
      <translation>Who the operators call for each outcome. What you save here is shown beside the outcome from the operator's next call; every change is audited.</translation>
    </message>
    <message>
      <source>no number</source>
      <translation>no number</translation>
    </message>
  </context>
  <context>
    <name>EntityList</name>
    <message>
      <source>Add an entity the caller mentions</source>
      <translation>Add an entity the caller mentions</translation>
    </message>
  </context>
  <context>
    <name>EntityRow</name>
    <message>
      <source>Entity value</source>
      <translation>Entity value</translation>
    </message>
    <message>
      <source>Kind of entity</source>
      <translation>Kind of entity</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <source>Remove this entity</source>
      <translation>Remove this entity</translation>
    </message>
    <message numerus="yes">
      <source>already reported in %n call(s)</source>
      <translation>
        <numerusform>already reported in %n call</numerusform>
        <numerusform>already reported in %n calls</numerusform>
      </translation>
    </message>
    <message>
      <source>as the caller said it</source>
      <translation>as the caller said it</translation>
    </message>
  </context>
  <context>
    <name>ExportPage</name>
    <message>
      <source>Already exported: the same figures are written again.</source>
      <translation>Already exported: the same figures are written again.</translation>
    </message>
    <message>
      <source>An export for partners needs a second person: request %1 was made. Another administrator or a supervisor approves it on their Approvals page, signed in as themselves; then export again.</source>
      <translation>An export for partners needs a second person: request %1 was made. Another administrator or a supervisor approves it on their Approvals page, signed in as themselves; then export again.</translation>
    </message>
    <message>
      <source>Audience</source>
      <translation>Audience</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Cancelling…</translation>
    </message>
    <message>
      <source>Counting and checking the table…</source>
      <translation>Counting and checking the table…</translation>
    </message>
    <message>
      <source>Earlier exports</source>
      <translation>Earlier exports</translation>
    </message>
    <message>
      <source>Export to</source>
      <translation>Export to</translation>
    </message>
    <message>
      <source>Exported again, the same figures as before: {path}</source>
      <translation>Exported again, the same figures as before: {path}</translation>
    </message>
    <message>
      <source>Exported at (UTC)</source>
      <translation>Exported at (UTC)</translation>
    </message>
    <message>
      <source>Exported with its signed manifest: {path}</source>
      <translation>Exported with its signed manifest: {path}</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>Exporting…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Export…</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Language of the file</source>
      <translation>Language of the file</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Partners under protocol</source>
      <translation>Partners under protocol</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Preview</translation>
    </message>
    <message>
      <source>Public and parliament</source>
      <translation>Public and parliament</translation>
    </message>
    <message>
      <source>Request %1 for this export still waits for a second person's approval (Approvals); export again once it is approved.</source>
      <translation>Request %1 for this export still waits for a second person's approval (Approvals); export again once it is approved.</translation>
    </message>
    <message>
      <source>Suppressed: not published</source>
      <translation>Suppressed: not published</translation>
    </message>
    <message>
      <source>Table</source>
      <translation>Table</translation>
    </message>
    <message>
      <source>{name} (k = {k})</source>
      <translation>{name} (k = {k})</translation>
    </message>
    <message>
      <source>{published} cells published, {suppressed} suppressed (marked {marker}); the audit passed with k = {k}.</source>
      <translation>{published} cells published, {suppressed} suppressed (marked {marker}); the audit passed with k = {k}.</translation>
    </message>
  </context>
  <context>
    <name>HealthPage</name>
    <message>
      <source>%1 findings of sign-ins are not acknowledged.</source>
      <translation>%1 findings of sign-ins are not acknowledged.</translation>
    </message>
    <message>
      <source>%1 follow-up tasks are overdue.</source>
      <translation>%1 follow-up tasks are overdue.</translation>
    </message>
    <message>
      <source>%1 reports to the Commission on Minors' Affairs are open for more than a day (calls %2).</source>
      <translation>%1 reports to the Commission on Minors' Affairs are open for more than a day (calls %2).</translation>
    </message>
    <message>
      <source>A centre's backups are dumps of its server, listed in the folder they were written to; this workstation does not know that folder.</source>
      <translation>A centre's backups are dumps of its server, listed in the folder they were written to; this workstation does not know that folder.</translation>
    </message>
    <message>
      <source>A copy of its files could be attacked elsewhere by guessing passwords: keep this machine's disk encrypted and its backups locked away.</source>
      <translation>A copy of its files could be attacked elsewhere by guessing passwords: keep this machine's disk encrypted and its backups locked away.</translation>
    </message>
    <message>
      <source>Ask the supervisors to go through them on the Tasks page.</source>
      <translation>Ask the supervisors to go through them on the Tasks page.</translation>
    </message>
    <message>
      <source>Ask them to change it at their next sign-in (Desk ▸ Change my password).</source>
      <translation>Ask them to change it at their next sign-in (Desk ▸ Change my password).</translation>
    </message>
    <message>
      <source>Check the disk of this machine.</source>
      <translation>Check the disk of this machine.</translation>
    </message>
    <message>
      <source>Desk health</source>
      <translation>Desk health</translation>
    </message>
    <message>
      <source>Do not trust it: make a new backup now and tell the person responsible for the desk.</source>
      <translation>Do not trust it: make a new backup now and tell the person responsible for the desk.</translation>
    </message>
    <message>
      <source>Every user has chosen their own password.</source>
      <translation>Every user has chosen their own password.</translation>
    </message>
    <message>
      <source>Free disk space on this workstation: %1 GiB (the centre's calls are on its server; here are only the drafts and the calls not sent yet).</source>
      <translation>Free disk space on this workstation: %1 GiB (the centre's calls are on its server; here are only the drafts and the calls not sent yet).</translation>
    </message>
    <message>
      <source>Free disk space: %1 GiB.</source>
      <translation>Free disk space: %1 GiB.</translation>
    </message>
    <message>
      <source>Free some space soon: the desk stops saving when the disk is full.</source>
      <translation>Free some space soon: the desk stops saving when the disk is full.</translation>
    </message>
    <message>
      <source>Free space now: the desk may soon stop saving calls.</source>
      <translation>Free space now: the desk may soon stop saving calls.</translation>
    </message>
    <message>
      <source>Keep this machine's disk encrypted.</source>
      <translation>Keep this machine's disk encrypted.</translation>
    </message>
    <message>
      <source>Make a backup now and keep it away from this machine.</source>
      <translation>Make a backup now and keep it away from this machine.</translation>
    </message>
    <message>
      <source>Make a backup now: every call since the last one would be lost with this machine.</source>
      <translation>Make a backup now: every call since the last one would be lost with this machine.</translation>
    </message>
    <message>
      <source>Make a backup today.</source>
      <translation>Make a backup today.</translation>
    </message>
    <message>
      <source>No finding of a sign-in is waiting.</source>
      <translation>No finding of a sign-in is waiting.</translation>
    </message>
    <message>
      <source>No follow-up task is overdue.</source>
      <translation>No follow-up task is overdue.</translation>
    </message>
    <message>
      <source>No report to the Commission on Minors' Affairs is late.</source>
      <translation>No report to the Commission on Minors' Affairs is late.</translation>
    </message>
    <message>
      <source>Nothing to do.</source>
      <translation>Nothing to do.</translation>
    </message>
    <message>
      <source>On a centre, a cut or changed audit chain refuses the sign-in itself: no finding waits.</source>
      <translation>On a centre, a cut or changed audit chain refuses the sign-in itself: no finding waits.</translation>
    </message>
    <message>
      <source>On the Backups page, open the folder and check the newest is recent.</source>
      <translation>On the Backups page, open the folder and check the newest is recent.</translation>
    </message>
    <message>
      <source>Press “Verify now”.</source>
      <translation>Press “Verify now”.</translation>
    </message>
    <message>
      <source>Read them on the Audit log page (Verify the chain); restore a backup from before the change.</source>
      <translation>Read them on the Audit log page (Verify the chain); restore a backup from before the change.</translation>
    </message>
    <message>
      <source>Read them on the Audit log page, act, and acknowledge each with what was done.</source>
      <translation>Read them on the Audit log page, act, and acknowledge each with what was done.</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <source>Still on the password an administrator set: %1.</source>
      <translation>Still on the password an administrator set: %1.</translation>
    </message>
    <message>
      <source>The backup register was changed outside the desk.</source>
      <translation>The backup register was changed outside the desk.</translation>
    </message>
    <message>
      <source>The daily backup failed %1: %2</source>
      <translation>The daily backup failed %1: %2</translation>
    </message>
    <message>
      <source>The desk has never been verified.</source>
      <translation>The desk has never been verified.</translation>
    </message>
    <message>
      <source>The desk is bound to this machine's keychain (%1).</source>
      <translation>The desk is bound to this machine's keychain (%1).</translation>
    </message>
    <message>
      <source>The desk is not bound to this machine's keychain.</source>
      <translation>The desk is not bound to this machine's keychain.</translation>
    </message>
    <message>
      <source>The free disk space could not be read.</source>
      <translation>The free disk space could not be read.</translation>
    </message>
    <message>
      <source>The last verify (%1) checked clean.</source>
      <translation>The last verify (%1) checked clean.</translation>
    </message>
    <message>
      <source>The last verify (%1) found %2 problems.</source>
      <translation>The last verify (%1) found %2 problems.</translation>
    </message>
    <message>
      <source>The newest verified backup is %1 hours old (%2).</source>
      <translation>The newest verified backup is %1 hours old (%2).</translation>
    </message>
    <message>
      <source>There is no verified backup yet.</source>
      <translation>There is no verified backup yet.</translation>
    </message>
    <message>
      <source>They are due within a day: ask the supervisors to send them today.</source>
      <translation>They are due within a day: ask the supervisors to send them today.</translation>
    </message>
    <message>
      <source>This workstation's secret is in a file, not in a keychain.</source>
      <translation>This workstation's secret is in a file, not in a keychain.</translation>
    </message>
    <message>
      <source>This workstation's secret is in its keychain (%1).</source>
      <translation>This workstation's secret is in its keychain (%1).</translation>
    </message>
    <message>
      <source>Verify again: once a week at least.</source>
      <translation>Verify again: once a week at least.</translation>
    </message>
    <message>
      <source>Verify now</source>
      <translation>Verify now</translation>
    </message>
    <message>
      <source>act now</source>
      <translation>act now</translation>
    </message>
    <message>
      <source>fine</source>
      <translation>fine</translation>
    </message>
    <message>
      <source>needs attention</source>
      <translation>needs attention</translation>
    </message>
  </context>
  <context>
    <name>HelpMenu</name>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <source>About the 152 hotline desk…</source>
      <translation>About the 152 hotline desk…</translation>
    </message>
  </context>
  <context>
    <name>IdentitySection</name>
    <message>
      <source>11. Identity details (only with the person's consent)</source>
      <translation>11. Identity details (only with the person's consent)</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>Document number</source>
      <translation>Document number</translation>
    </message>
    <message>
      <source>Identity details held (sealed in the vault; only a supervisor can open them)</source>
      <translation>Identity details held (sealed in the vault; only a supervisor can open them)</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Sealed when saved: after that you cannot read them back.</source>
      <translation>Sealed when saved: after that you cannot read them back.</translation>
    </message>
    <message>
      <source>The person consents to keeping their identity details</source>
      <translation>The person consents to keeping their identity details</translation>
    </message>
    <message>
      <source>only with consent: tick the box above</source>
      <translation>only with consent: tick the box above</translation>
    </message>
  </context>
  <context>
    <name>ImportPage</name>
    <message>
      <source>A CSV or XLSX file of the old log; nothing is read before you choose it.</source>
      <translation>A CSV or XLSX file of the old log; nothing is read before you choose it.</translation>
    </message>
    <message>
      <source>All {rows} rows can be imported; nothing was written yet.</source>
      <translation>All {rows} rows can be imported; nothing was written yet.</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Cancelling…</translation>
    </message>
    <message>
      <source>Checking and importing…</source>
      <translation>Checking and importing…</translation>
    </message>
    <message>
      <source>Checking every row…</source>
      <translation>Checking every row…</translation>
    </message>
    <message>
      <source>Choose a file…</source>
      <translation>Choose a file…</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>Column</translation>
    </message>
    <message>
      <source>Columns of the file and the field each fills</source>
      <translation>Columns of the file and the field each fills</translation>
    </message>
    <message>
      <source>Confirm mapping</source>
      <translation>Confirm mapping</translation>
    </message>
    <message>
      <source>Dry run</source>
      <translation>Dry run</translation>
    </message>
    <message>
      <source>Every value is mapped. Check the mapping, then confirm it.</source>
      <translation>Every value is mapped. Check the mapping, then confirm it.</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Field</translation>
    </message>
    <message>
      <source>Header</source>
      <translation>Header</translation>
    </message>
    <message>
      <source>Header and first values</source>
      <translation>Header and first values</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>Import the {rows} rows of the file as calls? Every row is checked again first; one problem and nothing is imported.</source>
      <translation>Import the {rows} rows of the file as calls? Every row is checked again first; one problem and nothing is imported.</translation>
    </message>
    <message>
      <source>Imported {count} calls. The mapping was kept for the next file.</source>
      <translation>Imported {count} calls. The mapping was kept for the next file.</translation>
    </message>
    <message>
      <source>Mapping confirmed and kept in the desk for the next file. Preview the first rows, or check every row with a dry run.</source>
      <translation>Mapping confirmed and kept in the desk for the next file. Preview the first rows, or check every row with a dry run.</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Preview</translation>
    </message>
    <message>
      <source>Preview: the first rows as they will be stored</source>
      <translation>Preview: the first rows as they will be stored</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation>Problems</translation>
    </message>
    <message>
      <source>Reading {name}…</source>
      <translation>Reading {name}…</translation>
    </message>
    <message>
      <source>Reject: its rows are problems</source>
      <translation>Reject: its rows are problems</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>Row</translation>
    </message>
    <message>
      <source>Rows</source>
      <translation>Rows</translation>
    </message>
    <message>
      <source>Rows without an operator:</source>
      <translation>Rows without an operator:</translation>
    </message>
    <message>
      <source>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</source>
      <translation>Spreadsheets (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
    <message>
      <source>Taken for</source>
      <translation>Taken for</translation>
    </message>
    <message>
      <source>The coded columns hold {count} different values; the first {shown} are listed. Is a column of free text mapped to a coded field?</source>
      <translation>The coded columns hold {count} different values; the first {shown} are listed. Is a column of free text mapped to a coded field?</translation>
    </message>
    <message>
      <source>The first rows have {count} problems (see Problems).</source>
      <translation>The first rows have {count} problems (see Problems).</translation>
    </message>
    <message>
      <source>The old log</source>
      <translation>The old log</translation>
    </message>
    <message>
      <source>The saved mapping was changed outside the program (it is not the one an administrator saved), so it was not used: every column and value is guessed anew. Tell the administrator of the desk.</source>
      <translation>The saved mapping was changed outside the program (it is not the one an administrator saved), so it was not used: every column and value is guessed anew. Tell the administrator of the desk.</translation>
    </message>
    <message>
      <source>Value in the file</source>
      <translation>Value in the file</translation>
    </message>
    <message>
      <source>Values of the coded columns (unknown ones first): map or reject them</source>
      <translation>Values of the coded columns (unknown ones first): map or reject them</translation>
    </message>
    <message>
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <source>none: such rows are problems</source>
      <translation>none: such rows are problems</translation>
    </message>
    <message>
      <source>these rows were already imported on {date}: importing them again stores every call twice</source>
      <translation>these rows were already imported on {date}: importing them again stores every call twice</translation>
    </message>
    <message>
      <source>these rows were already imported on {date}; the calls the centre holds are not stored again</source>
      <translation>these rows were already imported on {date}; the calls the centre holds are not stored again</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <source>{count} problems in {rows} rows; nothing was imported. Fix them in the file or in the mapping, then check again.</source>
      <translation>{count} problems in {rows} rows; nothing was imported. Fix them in the file or in the mapping, then check again.</translation>
    </message>
    <message>
      <source>{count} problems; nothing was imported. Fix them in the file or in the mapping, then check again.</source>
      <translation>{count} problems; nothing was imported. Fix them in the file or in the mapping, then check again.</translation>
    </message>
    <message>
      <source>{count} values are not mapped yet (marked): map or reject each.</source>
      <translation>{count} values are not mapped yet (marked): map or reject each.</translation>
    </message>
    <message>
      <source>{held} calls of the file were on the centre already (imported before) and were not stored again.</source>
      <translation>{held} calls of the file were on the centre already (imported before) and were not stored again.</translation>
    </message>
    <message>
      <source>{name}: {rows} rows, {columns} columns</source>
      <translation>{name}: {rows} rows, {columns} columns</translation>
    </message>
    <message>
      <source>— left out —</source>
      <translation>— left out —</translation>
    </message>
    <message>
      <source>— not mapped —</source>
      <translation>— not mapped —</translation>
    </message>
  </context>
  <context>
    <name>IndicatorChecklist</name>
    <message>
      <source>%1 strong, %2 medium, %3 weak indicators</source>
      <translation>%1 strong, %2 medium, %3 weak indicators</translation>
    </message>
    <message>
      <source>Indicators of trafficking (screening checklist)</source>
      <translation>Indicators of trafficking (screening checklist)</translation>
    </message>
    <message>
      <source>No indicators ticked.</source>
      <translation>No indicators ticked.</translation>
    </message>
    <message>
      <source>Show or hide the indicators checklist</source>
      <translation>Show or hide the indicators checklist</translation>
    </message>
    <message>
      <source>These indicators suggest a possible victim of trafficking. Tick the "possible victim" flag below if you agree.</source>
      <translation>These indicators suggest a possible victim of trafficking. Tick the "possible victim" flag below if you agree.</translation>
    </message>
    <message>
      <source>medium</source>
      <translation>medium</translation>
    </message>
    <message>
      <source>strong</source>
      <translation>strong</translation>
    </message>
    <message>
      <source>weak</source>
      <translation>weak</translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <source>%1, type your password to go on. Any call you were taking is kept.</source>
      <translation>%1, type your password to go on. Any call you were taking is kept.</translation>
    </message>
    <message>
      <source>Checking the password</source>
      <translation>Checking the password</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Password</translation>
    </message>
    <message>
      <source>Sign out instead</source>
      <translation>Sign out instead</translation>
    </message>
    <message>
      <source>The desk is locked</source>
      <translation>The desk is locked</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Unlock</translation>
    </message>
  </context>
  <context>
    <name>LoginWindow</name>
    <message>
      <source>152 — Hotline desk</source>
      <translation>152 — Hotline desk</translation>
    </message>
    <message>
      <source>DEMO</source>
      <translation>DEMO</translation>
    </message>
    <message>
      <source>DEMO desk with invented calls, deleted when the program closes. Demo users:</source>
      <translation>DEMO desk with invented calls, deleted when the program closes. Demo users:</translation>
    </message>
    <message>
      <source>Demo users and passwords</source>
      <translation>Demo users and passwords</translation>
    </message>
    <message>
      <source>Interface language</source>
      <translation>Interface language</translation>
    </message>
    <message>
      <source>Opening the desk</source>
      <translation>Opening the desk</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Password</translation>
    </message>
    <message>
      <source>Password lost? Use the recovery code</source>
      <translation>Password lost? Use the recovery code</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation>Sign in</translation>
    </message>
    <message>
      <source>Sign in offline</source>
      <translation>Sign in offline</translation>
    </message>
    <message>
      <source>Sign in to take calls. Everything stays encrypted.</source>
      <translation>Sign in to take calls. Everything stays encrypted.</translation>
    </message>
    <message>
      <source>Sign in to the centre on {server}. Notes and identity details are encrypted on this computer before they are sent.</source>
      <translation>Sign in to the centre on {server}. Notes and identity details are encrypted on this computer before they are sent.</translation>
    </message>
    <message>
      <source>Type your password.</source>
      <translation>Type your password.</translation>
    </message>
    <message>
      <source>Type your user name.</source>
      <translation>Type your user name.</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>User name</translation>
    </message>
    <message>
      <source>You can sign in offline, with this computer's copy of the centre's keys: the calls you save are kept here and sent when the server is back.</source>
      <translation>You can sign in offline, with this computer's copy of the centre's keys: the calls you save are kept here and sent when the server is back.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;Desk</source>
      <translation>&amp;Desk</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <source>&amp;Pages</source>
      <translation>&amp;Pages</translation>
    </message>
    <message>
      <source>152 — Hotline desk</source>
      <translation>152 — Hotline desk</translation>
    </message>
    <message>
      <source>Cancel the backup</source>
      <translation>Cancel the backup</translation>
    </message>
    <message>
      <source>Cancelling the backup…</source>
      <translation>Cancelling the backup…</translation>
    </message>
    <message>
      <source>Change my password…</source>
      <translation>Change my password…</translation>
    </message>
    <message>
      <source>DEMO</source>
      <translation>DEMO</translation>
    </message>
    <message>
      <source>Finishing the backup…</source>
      <translation>Finishing the backup…</translation>
    </message>
    <message>
      <source>Linking earlier calls by the entities they name: %1 of %2 calls</source>
      <translation>Linking earlier calls by the entities they name: %1 of %2 calls</translation>
    </message>
    <message>
      <source>Lock the screen</source>
      <translation>Lock the screen</translation>
    </message>
    <message>
      <source>Preparing the notes' search: %1 of %2 calls</source>
      <translation>Preparing the notes' search: %1 of %2 calls</translation>
    </message>
    <message>
      <source>Press Esc again at once to hide the screen.</source>
      <translation>Press Esc again at once to hide the screen.</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Quit</translation>
    </message>
    <message>
      <source>Sealing the notes of the upgraded desk: %1 of %2 texts</source>
      <translation>Sealing the notes of the upgraded desk: %1 of %2 texts</translation>
    </message>
    <message>
      <source>Sign out</source>
      <translation>Sign out</translation>
    </message>
    <message>
      <source>The daily backup was not written: %1 An administrator sees it on Desk health.</source>
      <translation>The daily backup was not written: %1 An administrator sees it on Desk health.</translation>
    </message>
    <message>
      <source>The daily backup was written and verified.</source>
      <translation>The daily backup was written and verified.</translation>
    </message>
    <message>
      <source>Your password was changed.</source>
      <translation>Your password was changed.</translation>
    </message>
  </context>
  <context>
    <name>MyTasks</name>
    <message>
      <source>How it was done: date, reference, to whom</source>
      <translation>How it was done: date, reference, to whom</translation>
    </message>
    <message>
      <source>How the task was done</source>
      <translation>How the task was done</translation>
    </message>
    <message>
      <source>My open tasks</source>
      <translation>My open tasks</translation>
    </message>
    <message>
      <source>My open tasks: %1</source>
      <translation>My open tasks: %1</translation>
    </message>
    <message>
      <source>Not assigned to you yet: a supervisor records it as done (or assigns it to you).</source>
      <translation>Not assigned to you yet: a supervisor records it as done (or assigns it to you).</translation>
    </message>
    <message>
      <source>Record as done</source>
      <translation>Record as done</translation>
    </message>
    <message>
      <source>Record the selected task as done</source>
      <translation>Record the selected task as done</translation>
    </message>
    <message>
      <source>due %1</source>
      <translation>due %1</translation>
    </message>
  </context>
  <context>
    <name>NoContentBar</name>
    <message>
      <source>Log a call without content: %1</source>
      <translation>Log a call without content: %1</translation>
    </message>
    <message>
      <source>No content (one key):</source>
      <translation>No content (one key):</translation>
    </message>
    <message>
      <source>No content? Ctrl+Shift and the letter ends this call as one (S, D, W…)</source>
      <translation>No content? Ctrl+Shift and the letter ends this call as one (S, D, W…)</translation>
    </message>
    <message>
      <source>Press %1 when no call is open</source>
      <translation>Press %1 when no call is open</translation>
    </message>
    <message>
      <source>This shift: %1 without content</source>
      <translation>This shift: %1 without content</translation>
    </message>
  </context>
  <context>
    <name>NotOnCentrePage</name>
    <message>
      <source>A centre is restored on its server, into a new database, with 'hotline restore --server' and a backup the Backups page wrote.</source>
      <translation>A centre is restored on its server, into a new database, with 'hotline restore --server' and a backup the Backups page wrote.</translation>
    </message>
    <message>
      <source>This page is not available on a centre yet. Here it would show only this computer's own copy, not the centre's, so it shows nothing and changes nothing. Nothing was changed.</source>
      <translation>This page is not available on a centre yet. Here it would show only this computer's own copy, not the centre's, so it shows nothing and changes nothing. Nothing was changed.</translation>
    </message>
  </context>
  <context>
    <name>Notes</name>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Suggested topics (click to tick):</source>
      <translation>Suggested topics (click to tick):</translation>
    </message>
    <message>
      <source>Tick the suggested topic %1</source>
      <translation>Tick the suggested topic %1</translation>
    </message>
    <message>
      <source>What the caller said, in their words; no names or phone numbers of the caller</source>
      <translation>What the caller said, in their words; no names or phone numbers of the caller</translation>
    </message>
  </context>
  <context>
    <name>OperatorPage</name>
    <message>
      <source>A new pseudonym from the desk: read it out to the caller.</source>
      <translation>A new pseudonym from the desk: read it out to the caller.</translation>
    </message>
    <message numerus="yes">
      <source>A person the desk knows: %n earlier call(s).</source>
      <translation>
        <numerusform>A person the desk knows: %n earlier call.</numerusform>
        <numerusform>A person the desk knows: %n earlier calls.</numerusform>
      </translation>
    </message>
    <message>
      <source>An unfinished call from %1 (%2 on the timer) was kept after the program closed. Resume it to finish and save it.</source>
      <translation>An unfinished call from %1 (%2 on the timer) was kept after the program closed. Resume it to finish and save it.</translation>
    </message>
    <message>
      <source>Call saved.</source>
      <translation>Call saved.</translation>
    </message>
    <message>
      <source>Correcting a saved call; Save stores the correction.</source>
      <translation>Correcting a saved call; Save stores the correction.</translation>
    </message>
    <message>
      <source>Discard it</source>
      <translation>Discard it</translation>
    </message>
    <message>
      <source>Discard the unfinished call</source>
      <translation>Discard the unfinished call</translation>
    </message>
    <message>
      <source>Follow-up task on your list, due %1.</source>
      <translation>Follow-up task on your list, due %1.</translation>
    </message>
    <message>
      <source>Identity details held (sealed).</source>
      <translation>Identity details held (sealed).</translation>
    </message>
    <message>
      <source>Logged: %1</source>
      <translation>Logged: %1</translation>
    </message>
    <message>
      <source>Messages</source>
      <translation>Messages</translation>
    </message>
    <message>
      <source>No call is open. When the phone rings press Ctrl+N (or the green button). For a call without content (silent, dropped, wrong number...) press the letter shown on its button: one key logs it.</source>
      <translation>No call is open. When the phone rings press Ctrl+N (or the green button). For a call without content (silent, dropped, wrong number...) press the letter shown on its button: one key logs it.</translation>
    </message>
    <message>
      <source>Not typed into any field: the keyboard is on "%1", which takes no text. Move to a text field (Tab, or Alt+0 for the notes) and type again.</source>
      <translation>Not typed into any field: the keyboard is on "%1", which takes no text. Move to a text field (Tab, or Alt+0 for the notes) and type again.</translation>
    </message>
    <message>
      <source>Resume the unfinished call</source>
      <translation>Resume the unfinished call</translation>
    </message>
    <message>
      <source>Returned by the supervisor: %1</source>
      <translation>Returned by the supervisor: %1</translation>
    </message>
    <message>
      <source>The call was discarded.</source>
      <translation>The call was discarded.</translation>
    </message>
    <message>
      <source>The correction was dropped; the saved call is unchanged.</source>
      <translation>The correction was dropped; the saved call is unchanged.</translation>
    </message>
    <message>
      <source>The correction was saved.</source>
      <translation>The correction was saved.</translation>
    </message>
    <message>
      <source>The supervisor's comment</source>
      <translation>The supervisor's comment</translation>
    </message>
    <message>
      <source>The task is recorded as done.</source>
      <translation>The task is recorded as done.</translation>
    </message>
    <message>
      <source>This call already has content: save it, or discard it first.</source>
      <translation>This call already has content: save it, or discard it first.</translation>
    </message>
    <message>
      <source>Two open tasks created, due today: report to the Commission on Minors' Affairs and to the guardianship and custody authority.</source>
      <translation>Two open tasks created, due today: report to the Commission on Minors' Affairs and to the guardianship and custody authority.</translation>
    </message>
    <message>
      <source>Undo the last one-key call (Ctrl+Z)</source>
      <translation>Undo the last one-key call (Ctrl+Z)</translation>
    </message>
    <message>
      <source>Undone: %1 (not counted)</source>
      <translation>Undone: %1 (not counted)</translation>
    </message>
    <message>
      <source>Unfinished call</source>
      <translation>Unfinished call</translation>
    </message>
    <message>
      <source>What to do next</source>
      <translation>What to do next</translation>
    </message>
    <message>
      <source>the tabs of the window</source>
      <translation>the tabs of the window</translation>
    </message>
  </context>
  <context>
    <name>Outcomes</name>
    <message>
      <source>Follow-up task for you, due</source>
      <translation>Follow-up task for you, due</translation>
    </message>
    <message>
      <source>Phone numbers for this referral</source>
      <translation>Phone numbers for this referral</translation>
    </message>
    <message>
      <source>checked %1</source>
      <translation>checked %1</translation>
    </message>
    <message>
      <source>in 3 days</source>
      <translation>in 3 days</translation>
    </message>
    <message>
      <source>in a week</source>
      <translation>in a week</translation>
    </message>
    <message>
      <source>no verified number entered yet</source>
      <translation>no verified number entered yet</translation>
    </message>
    <message>
      <source>tomorrow</source>
      <translation>tomorrow</translation>
    </message>
  </context>
  <context>
    <name>OutsideContactPage</name>
    <message>
      <source>A contact taken outside the desk (walk-in, e-mail or letter, message, referral) is entered here for the operator who took it, with the date and time it really happened.</source>
      <translation>A contact taken outside the desk (walk-in, e-mail or letter, message, referral) is entered here for the operator who took it, with the date and time it really happened.</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Channel</translation>
    </message>
    <message>
      <source>Date and time</source>
      <translation>Date and time</translation>
    </message>
    <message>
      <source>Save the contact</source>
      <translation>Save the contact</translation>
    </message>
    <message>
      <source>Saved for {operator}. The pseudonym was {p}.</source>
      <translation>Saved for {operator}. The pseudonym was {p}.</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Saving…</translation>
    </message>
    <message>
      <source>Taken by</source>
      <translation>Taken by</translation>
    </message>
  </context>
  <context>
    <name>OwnPasswordDialog</name>
    <message>
      <source>&amp;Current password:</source>
      <translation>&amp;Current password:</translation>
    </message>
    <message>
      <source>Change my password</source>
      <translation>Change my password</translation>
    </message>
  </context>
  <context>
    <name>PasswordFields</name>
    <message>
      <source>&amp;New password:</source>
      <translation>&amp;New password:</translation>
    </message>
    <message>
      <source>At least 15 characters (a few words)</source>
      <translation>At least 15 characters (a few words)</translation>
    </message>
    <message>
      <source>At most 256 characters</source>
      <translation>At most 256 characters</translation>
    </message>
    <message>
      <source>Both entries are the same</source>
      <translation>Both entries are the same</translation>
    </message>
    <message>
      <source>New password &amp;again:</source>
      <translation>New password &amp;again:</translation>
    </message>
    <message>
      <source>Not a repeated or sequential pattern</source>
      <translation>Not a repeated or sequential pattern</translation>
    </message>
    <message>
      <source>Not just the user name</source>
      <translation>Not just the user name</translation>
    </message>
    <message>
      <source>Not one of the commonest passwords</source>
      <translation>Not one of the commonest passwords</translation>
    </message>
  </context>
  <context>
    <name>PrivacyScreen</name>
    <message>
      <source>Press Esc twice to return</source>
      <translation>Press Esc twice to return</translation>
    </message>
    <message>
      <source>Privacy screen</source>
      <translation>Privacy screen</translation>
    </message>
  </context>
  <context>
    <name>Problems</name>
    <message>
      <source>Not saved yet; everything you typed is kept. Missing or wrong:</source>
      <translation>Not saved yet; everything you typed is kept. Missing or wrong:</translation>
    </message>
    <message>
      <source>Something went wrong; nothing typed was lost. Try again.</source>
      <translation>Something went wrong; nothing typed was lost. Try again.</translation>
    </message>
    <message>
      <source>That did not work; nothing was changed.</source>
      <translation>That did not work; nothing was changed.</translation>
    </message>
    <message>
      <source>That did not work; nothing was written.</source>
      <translation>That did not work; nothing was written.</translation>
    </message>
  </context>
  <context>
    <name>RecentCalls</name>
    <message>
      <source>Call</source>
      <translation>Call</translation>
    </message>
    <message>
      <source>Correct the selected call</source>
      <translation>Correct the selected call</translation>
    </message>
    <message>
      <source>DO NOT CALL BACK</source>
      <translation>DO NOT CALL BACK</translation>
    </message>
    <message>
      <source>My calls of the last 24 hours</source>
      <translation>My calls of the last 24 hours</translation>
    </message>
    <message>
      <source>My calls, last 24 hours</source>
      <translation>My calls, last 24 hours</translation>
    </message>
    <message>
      <source>RETURNED: correct it</source>
      <translation>RETURNED: correct it</translation>
    </message>
    <message>
      <source>Topic and state</source>
      <translation>Topic and state</translation>
    </message>
    <message>
      <source>can be corrected</source>
      <translation>can be corrected</translation>
    </message>
    <message>
      <source>reviewed</source>
      <translation>reviewed</translation>
    </message>
  </context>
  <context>
    <name>RecoveryPanel</name>
    <message>
      <source>New password</source>
      <translation>New password</translation>
    </message>
    <message>
      <source>New password again</source>
      <translation>New password again</translation>
    </message>
    <message>
      <source>Recovery code</source>
      <translation>Recovery code</translation>
    </message>
    <message>
      <source>Set the new password and sign in</source>
      <translation>Set the new password and sign in</translation>
    </message>
    <message>
      <source>That is not a valid recovery code: check every group of five characters.</source>
      <translation>That is not a valid recovery code: check every group of five characters.</translation>
    </message>
    <message>
      <source>The recovery code does not open this desk.</source>
      <translation>The recovery code does not open this desk.</translation>
    </message>
    <message>
      <source>The recovery code was shown once when the desk was set up. It gives the user below a new password; this is recorded in the audit log.</source>
      <translation>The recovery code was shown once when the desk was set up. It gives the user below a new password; this is recorded in the audit log.</translation>
    </message>
    <message>
      <source>The two new passwords differ.</source>
      <translation>The two new passwords differ.</translation>
    </message>
    <message>
      <source>Type the new password.</source>
      <translation>Type the new password.</translation>
    </message>
    <message>
      <source>Type the user name whose password was lost.</source>
      <translation>Type the user name whose password was lost.</translation>
    </message>
    <message>
      <source>User name</source>
      <translation>User name</translation>
    </message>
  </context>
  <context>
    <name>ResetPasswordDialog</name>
    <message>
      <source>%1 gets a new password and new keys; the old password stops working at once. Give it to them in person and ask them to change it at their first sign-in (Desk ▸ Change my password).</source>
      <translation>%1 gets a new password and new keys; the old password stops working at once. Give it to them in person and ask them to change it at their first sign-in (Desk ▸ Change my password).</translation>
    </message>
    <message>
      <source>Reset the password of %1</source>
      <translation>Reset the password of %1</translation>
    </message>
  </context>
  <context>
    <name>RestorePage</name>
    <message>
      <source>Another backup file…</source>
      <translation>Another backup file…</translation>
    </message>
    <message>
      <source>Audit log: {count} entries, the last on {when}.</source>
      <translation>Audit log: {count} entries, the last on {when}.</translation>
    </message>
    <message>
      <source>Backup file</source>
      <translation>Backup file</translation>
    </message>
    <message>
      <source>Backup: {path}</source>
      <translation>Backup: {path}</translation>
    </message>
    <message>
      <source>Backups (*.tar)</source>
      <translation>Backups (*.tar)</translation>
    </message>
    <message>
      <source>Its checks found problems: {problems}</source>
      <translation>Its checks found problems: {problems}</translation>
    </message>
    <message>
      <source>No calls.</source>
      <translation>No calls.</translation>
    </message>
    <message>
      <source>Nothing was changed. Restore it if this is the backup you want.</source>
      <translation>Nothing was changed. Restore it if this is the backup you want.</translation>
    </message>
    <message>
      <source>Opening the backup beside the desk…</source>
      <translation>Opening the backup beside the desk…</translation>
    </message>
    <message>
      <source>Pick a backup above, or another backup file.</source>
      <translation>Pick a backup above, or another backup file.</translation>
    </message>
    <message>
      <source>Pick a backup first.</source>
      <translation>Pick a backup first.</translation>
    </message>
    <message>
      <source>Replace the whole desk with the backup written {when}? Everything saved since then is replaced (it is kept aside, not deleted), and you will sign in again.</source>
      <translation>Replace the whole desk with the backup written {when}? Everything saved since then is replaced (it is kept aside, not deleted), and you will sign in again.</translation>
    </message>
    <message>
      <source>Restore this backup</source>
      <translation>Restore this backup</translation>
    </message>
    <message>
      <source>Restore this backup…</source>
      <translation>Restore this backup…</translation>
    </message>
    <message>
      <source>Restoring puts the whole desk back as it was when the backup was written; what was saved since is not in it. First see what the backup holds: nothing changes until you restore. The files it replaces are kept in a folder beside the desk, and everyone signs in again with the passwords of that day.</source>
      <translation>Restoring puts the whole desk back as it was when the backup was written; what was saved since is not in it. First see what the backup holds: nothing changes until you restore. The files it replaces are kept in a folder beside the desk, and everyone signs in again with the passwords of that day.</translation>
    </message>
    <message>
      <source>Restoring: unpacking, opening and checking the backup…</source>
      <translation>Restoring: unpacking, opening and checking the backup…</translation>
    </message>
    <message>
      <source>SHA-256: {digest}</source>
      <translation>SHA-256: {digest}</translation>
    </message>
    <message>
      <source>Show what it holds</source>
      <translation>Show what it holds</translation>
    </message>
    <message>
      <source>The desk was restored from {path} (written {when}). The files it replaced were moved to {aside}. Sign in again with your password of that day.</source>
      <translation>The desk was restored from {path} (written {when}). The files it replaced were moved to {aside}. Sign in again with your password of that day.</translation>
    </message>
    <message>
      <source>This backup cannot be restored here; nothing was changed.</source>
      <translation>This backup cannot be restored here; nothing was changed.</translation>
    </message>
    <message>
      <source>This is a backup of another desk: it is not restored here.</source>
      <translation>This is a backup of another desk: it is not restored here.</translation>
    </message>
    <message>
      <source>Type your password of the day the backup was written.</source>
      <translation>Type your password of the day the backup was written.</translation>
    </message>
    <message>
      <source>Users ({count}): {users}</source>
      <translation>Users ({count}): {users}</translation>
    </message>
    <message>
      <source>Written {when} by version {software} (database version {schema}).</source>
      <translation>Written {when} by version {software} (database version {schema}).</translation>
    </message>
    <message>
      <source>Your password when the backup was written:</source>
      <translation>Your password when the backup was written:</translation>
    </message>
    <message>
      <source>{calls} calls: the first on {first}, the last on {last}.</source>
      <translation>{calls} calls: the first on {first}, the last on {last}.</translation>
    </message>
    <message>
      <source>{user}, disabled</source>
      <translation>{user}, disabled</translation>
    </message>
  </context>
  <context>
    <name>ReviewPanel</name>
    <message>
      <source>A relative may be involved</source>
      <translation>A relative may be involved</translation>
    </message>
    <message>
      <source>Add task</source>
      <translation>Add task</translation>
    </message>
    <message>
      <source>Age of the person concerned</source>
      <translation>Age of the person concerned</translation>
    </message>
    <message>
      <source>An interpreter was needed</source>
      <translation>An interpreter was needed</translation>
    </message>
    <message>
      <source>Approve</source>
      <translation>Approve</translation>
    </message>
    <message>
      <source>Believed to be under 18</source>
      <translation>Believed to be under 18</translation>
    </message>
    <message>
      <source>Call without content</source>
      <translation>Call without content</translation>
    </message>
    <message>
      <source>Caller's age</source>
      <translation>Caller's age</translation>
    </message>
    <message>
      <source>Caller's citizenship</source>
      <translation>Caller's citizenship</translation>
    </message>
    <message>
      <source>Caller's country</source>
      <translation>Caller's country</translation>
    </message>
    <message>
      <source>Caller's relation</source>
      <translation>Caller's relation</translation>
    </message>
    <message>
      <source>Caller's sex</source>
      <translation>Caller's sex</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>Channel</translation>
    </message>
    <message>
      <source>Child involved</source>
      <translation>Child involved</translation>
    </message>
    <message>
      <source>Citizenship of the person concerned</source>
      <translation>Citizenship of the person concerned</translation>
    </message>
    <message>
      <source>Claim for review</source>
      <translation>Claim for review</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Comment</translation>
    </message>
    <message>
      <source>Comment (required to return the call)</source>
      <translation>Comment (required to return the call)</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Consent</translation>
    </message>
    <message>
      <source>Correct</source>
      <translation>Correct</translation>
    </message>
    <message>
      <source>Country of the person concerned</source>
      <translation>Country of the person concerned</translation>
    </message>
    <message>
      <source>Destination</source>
      <translation>Destination</translation>
    </message>
    <message>
      <source>Form of exploitation</source>
      <translation>Form of exploitation</translation>
    </message>
    <message>
      <source>How they heard of 152</source>
      <translation>How they heard of 152</translation>
    </message>
    <message>
      <source>Immediate danger</source>
      <translation>Immediate danger</translation>
    </message>
    <message>
      <source>Indicators</source>
      <translation>Indicators</translation>
    </message>
    <message>
      <source>Language of the call</source>
      <translation>Language of the call</translation>
    </message>
    <message>
      <source>Nature of the call</source>
      <translation>Nature of the call</translation>
    </message>
    <message>
      <source>Outcome and referrals</source>
      <translation>Outcome and referrals</translation>
    </message>
    <message>
      <source>Possible victim</source>
      <translation>Possible victim</translation>
    </message>
    <message>
      <source>Primary topic</source>
      <translation>Primary topic</translation>
    </message>
    <message>
      <source>Reason for the correction (required)</source>
      <translation>Reason for the correction (required)</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Region</translation>
    </message>
    <message>
      <source>Release</source>
      <translation>Release</translation>
    </message>
    <message>
      <source>Return to operator</source>
      <translation>Return to operator</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Review</translation>
    </message>
    <message>
      <source>Safe to talk</source>
      <translation>Safe to talk</translation>
    </message>
    <message>
      <source>Save correction</source>
      <translation>Save correction</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation>Saved.</translation>
    </message>
    <message>
      <source>Sector of forced labour</source>
      <translation>Sector of forced labour</translation>
    </message>
    <message>
      <source>Sex of the person concerned</source>
      <translation>Sex of the person concerned</translation>
    </message>
    <message>
      <source>Topics</source>
      <translation>Topics</translation>
    </message>
    <message>
      <source>What to do (no names)</source>
      <translation>What to do (no names)</translation>
    </message>
    <message>
      <source>Working…</source>
      <translation>Working…</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
    <message>
      <source>— not set —</source>
      <translation>— not set —</translation>
    </message>
  </context>
  <context>
    <name>ReviewQueuePage</name>
    <message>
      <source>Claim the next call</source>
      <translation>Claim the next call</translation>
    </message>
    <message>
      <source>Nothing is waiting for review.</source>
      <translation>Nothing is waiting for review.</translation>
    </message>
  </context>
  <context>
    <name>RolesDialog</name>
    <message>
      <source>Roles of %1</source>
      <translation>Roles of %1</translation>
    </message>
    <message>
      <source>Where the desk has another administrator or a supervisor, the change is sent to them to approve in their own session (Approvals); you carry it out once they have.</source>
      <translation>Where the desk has another administrator or a supervisor, the change is sent to them to approve in their own session (Approvals); you carry it out once they have.</translation>
    </message>
  </context>
  <context>
    <name>SafeContact</name>
    <message>
      <source>1. Safe contact (ask first when the caller may be at risk)</source>
      <translation>1. Safe contact (ask first when the caller may be at risk)</translation>
    </message>
    <message>
      <source>Call-back</source>
      <translation>Call-back</translation>
    </message>
    <message>
      <source>Call-back is safe</source>
      <translation>Call-back is safe</translation>
    </message>
    <message>
      <source>Code word</source>
      <translation>Code word</translation>
    </message>
    <message>
      <source>DO NOT CALL BACK</source>
      <translation>DO NOT CALL BACK</translation>
    </message>
    <message>
      <source>Do not call back</source>
      <translation>Do not call back</translation>
    </message>
    <message>
      <source>No call-back</source>
      <translation>No call-back</translation>
    </message>
    <message>
      <source>Safe times to call back</source>
      <translation>Safe times to call back</translation>
    </message>
    <message>
      <source>Safe to talk now?</source>
      <translation>Safe to talk now?</translation>
    </message>
    <message>
      <source>e.g. weekdays 10:00–12:00</source>
      <translation>e.g. weekdays 10:00–12:00</translation>
    </message>
    <message>
      <source>no call-back: no times to note</source>
      <translation>no call-back: no times to note</translation>
    </message>
    <message>
      <source>the word the caller chose</source>
      <translation>the word the caller chose</translation>
    </message>
    <message>
      <source>— not asked —</source>
      <translation>— not asked —</translation>
    </message>
  </context>
  <context>
    <name>SealingPage</name>
    <message>
      <source> years</source>
      <translation> years</translation>
    </message>
    <message>
      <source>1. Find what the decision names</source>
      <translation>1. Find what the decision names</translation>
    </message>
    <message>
      <source>2. The decision</source>
      <translation>2. The decision</translation>
    </message>
    <message>
      <source>3. Ask for approval</source>
      <translation>3. Ask for approval</translation>
    </message>
    <message>
      <source>4. Seal</source>
      <translation>4. Seal</translation>
    </message>
    <message numerus="yes">
      <source>A sealing cut short was finished: %n call(s).</source>
      <translation>
        <numerusform>A sealing cut short was finished: %n call.</numerusform>
        <numerusform>A sealing cut short was finished: %n calls.</numerusform>
      </translation>
    </message>
    <message>
      <source>A second administrator or supervisor approves the sealing in their own session (Approvals) before it can be carried out.</source>
      <translation>A second administrator or supervisor approves the sealing in their own session (Approvals) before it can be carried out.</translation>
    </message>
    <message numerus="yes">
      <source>At this sign-in it removed the free text of %n call(s).</source>
      <translation>
        <numerusform>At this sign-in it removed the free text of %n call.</numerusform>
        <numerusform>At this sign-in it removed the free text of %n calls.</numerusform>
      </translation>
    </message>
    <message>
      <source>Call</source>
      <translation>Call</translation>
    </message>
    <message>
      <source>Call number</source>
      <translation>Call number</translation>
    </message>
    <message>
      <source>Check approval</source>
      <translation>Check approval</translation>
    </message>
    <message>
      <source>Choose the hold to lift in the list.</source>
      <translation>Choose the hold to lift in the list.</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Decision date</source>
      <translation>Decision date</translation>
    </message>
    <message>
      <source>Decision number</source>
      <translation>Decision number</translation>
    </message>
    <message>
      <source>Deleted on the centre's server. Its backups (pg_dump) taken before still hold these calls sealed to their keys: a restore seals them again from this workstation's seal register; 'hotline seal --backup' marks them in their register, or destroy them.</source>
      <translation>Deleted on the centre's server. Its backups (pg_dump) taken before still hold these calls sealed to their keys: a restore seals them again from this workstation's seal register; 'hotline seal --backup' marks them in their register, or destroy them.</translation>
    </message>
    <message numerus="yes">
      <source>Due within the next 7 days: %n call(s).</source>
      <translation>
        <numerusform>Due within the next 7 days: %n call.</numerusform>
        <numerusform>Due within the next 7 days: %n calls.</numerusform>
      </translation>
    </message>
    <message>
      <source>Entities</source>
      <translation>Entities</translation>
    </message>
    <message>
      <source>Find and preview</source>
      <translation>Find and preview</translation>
    </message>
    <message>
      <source>Free text and identities are kept until a decision seals them.</source>
      <translation>Free text and identities are kept until a decision seals them.</translation>
    </message>
    <message>
      <source>Free text and identity details of reviewed calls are destroyed {years} years after the call (coded fields kept); it runs at each administrator's sign-in.</source>
      <translation>Free text and identity details of reviewed calls are destroyed {years} years after the call (coded fields kept); it runs at each administrator's sign-in.</translation>
    </message>
    <message>
      <source>Hold</source>
      <translation>Hold</translation>
    </message>
    <message>
      <source>Identity</source>
      <translation>Identity</translation>
    </message>
    <message>
      <source>Legal holds (retention passes them by)</source>
      <translation>Legal holds (retention passes them by)</translation>
    </message>
    <message>
      <source>Lift selected hold</source>
      <translation>Lift selected hold</translation>
    </message>
    <message>
      <source>My sealing requests: choose one to carry it out</source>
      <translation>My sealing requests: choose one to carry it out</translation>
    </message>
    <message>
      <source>Nothing chosen yet. Sealing keeps the coded fields (counts stay right).</source>
      <translation>Nothing chosen yet. Sealing keeps the coded fields (counts stay right).</translation>
    </message>
    <message>
      <source>On</source>
      <translation>On</translation>
    </message>
    <message>
      <source>Open tasks</source>
      <translation>Open tasks</translation>
    </message>
    <message>
      <source>Person concerned (by pseudonym)</source>
      <translation>Person concerned (by pseudonym)</translation>
    </message>
    <message>
      <source>Place hold</source>
      <translation>Place hold</translation>
    </message>
    <message>
      <source>Placed</source>
      <translation>Placed</translation>
    </message>
    <message>
      <source>Pseudonym (the person and every call linked)</source>
      <translation>Pseudonym (the person and every call linked)</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Request {id} is approved: it can be sealed now.</source>
      <translation>Request {id} is approved: it can be sealed now.</translation>
    </message>
    <message>
      <source>Request {id} waits for a second administrator or supervisor to approve it in their own session; then choose it here and seal.</source>
      <translation>Request {id} waits for a second administrator or supervisor to approve it in their own session; then choose it here and seal.</translation>
    </message>
    <message>
      <source>Request {id}: decision {number}, {calls} calls ({state})</source>
      <translation>Request {id}: decision {number}, {calls} calls ({state})</translation>
    </message>
    <message>
      <source>Retention of free text</source>
      <translation>Retention of free text</translation>
    </message>
    <message>
      <source>Run now</source>
      <translation>Run now</translation>
    </message>
    <message>
      <source>STILL HOLDS SEALED DATA: {path} ({why}). Bring it back to be sealed, or destroy it.</source>
      <translation>STILL HOLDS SEALED DATA: {path} ({why}). Bring it back to be sealed, or destroy it.</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <source>Sealed {calls} calls: {keys} data keys, {identity} identity entries, {entities} entity values, {comments} comments destroyed; {tasks} open tasks closed.</source>
      <translation>Sealed {calls} calls: {keys} data keys, {identity} identity entries, {entities} entity values, {comments} comments destroyed; {tasks} open tasks closed.</translation>
    </message>
    <message>
      <source>Sealed: {path} ({calls} calls in it)</source>
      <translation>Sealed: {path} ({calls} calls in it)</translation>
    </message>
    <message>
      <source>Sealing on the centre's server…</source>
      <translation>Sealing on the centre's server…</translation>
    </message>
    <message>
      <source>Sealing: the desk first, then its backups…</source>
      <translation>Sealing: the desk first, then its backups…</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>Taken by</source>
      <translation>Taken by</translation>
    </message>
    <message>
      <source>Texts</source>
      <translation>Texts</translation>
    </message>
    <message>
      <source>The desk has no backup or replaced folder to seal.</source>
      <translation>The desk has no backup or replaced folder to seal.</translation>
    </message>
    <message>
      <source>The notes' index is cleared at the next supervisor's sign-in.</source>
      <translation>The notes' index is cleared at the next supervisor's sign-in.</translation>
    </message>
    <message>
      <source>This centre has no second administrator or supervisor: the sealing is recorded as approved alone.</source>
      <translation>This centre has no second administrator or supervisor: the sealing is recorded as approved alone.</translation>
    </message>
    <message>
      <source>This desk has no second administrator or supervisor: the sealing is recorded as approved alone.</source>
      <translation>This desk has no second administrator or supervisor: the sealing is recorded as approved alone.</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>Topic</translation>
    </message>
    <message>
      <source>Your password (opens the backups)</source>
      <translation>Your password (opens the backups)</translation>
    </message>
    <message>
      <source>approved</source>
      <translation>approved</translation>
    </message>
    <message>
      <source>as written in the decision</source>
      <translation>as written in the decision</translation>
    </message>
    <message>
      <source>call {id}</source>
      <translation>call {id}</translation>
    </message>
    <message>
      <source>damaged, or it does not check clean</source>
      <translation>damaged, or it does not check clean</translation>
    </message>
    <message>
      <source>it opens with another password</source>
      <translation>it opens with another password</translation>
    </message>
    <message>
      <source>kept until sealed</source>
      <translation>kept until sealed</translation>
    </message>
    <message>
      <source>not found where it was written</source>
      <translation>not found where it was written</translation>
    </message>
    <message>
      <source>pseudonym or call number</source>
      <translation>pseudonym or call number</translation>
    </message>
    <message>
      <source>reason: the case or the request</source>
      <translation>reason: the case or the request</translation>
    </message>
    <message>
      <source>the number only, nothing about the case</source>
      <translation>the number only, nothing about the case</translation>
    </message>
    <message>
      <source>to be sealed</source>
      <translation>to be sealed</translation>
    </message>
    <message>
      <source>under a legal hold</source>
      <translation>under a legal hold</translation>
    </message>
    <message>
      <source>waiting for a second administrator or supervisor</source>
      <translation>waiting for a second administrator or supervisor</translation>
    </message>
    <message>
      <source>{calls} calls to seal: {texts} texts, {identity} identity entries, {entities} entity values destroyed; {tasks} open tasks closed. The coded fields are kept, so published and future counts stay right.</source>
      <translation>{calls} calls to seal: {texts} texts, {identity} identity entries, {entities} entity values destroyed; {tasks} open tasks closed. The coded fields are kept, so published and future counts stay right.</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <source>Every change is recorded in the audit log with its old and new value.</source>
      <translation>Every change is recorded in the audit log with its old and new value.</translation>
    </message>
    <message>
      <source>Save the settings</source>
      <translation>Save the settings</translation>
    </message>
    <message>
      <source>Saved and recorded in the audit log; in force now.</source>
      <translation>Saved and recorded in the audit log; in force now.</translation>
    </message>
    <message>
      <source>Settings of the centre</source>
      <translation>Settings of the centre</translation>
    </message>
    <message>
      <source>Settings of the desk</source>
      <translation>Settings of the desk</translation>
    </message>
    <message>
      <source>These settings are the centre's, kept on its server: every workstation of the centre uses them from its next sign-in, this one at once.</source>
      <translation>These settings are the centre's, kept on its server: every workstation of the centre uses them from its next sign-in, this one at once.</translation>
    </message>
  </context>
  <context>
    <name>SetupWizard</name>
    <message>
      <source>Administrator's user name</source>
      <translation>Administrator's user name</translation>
    </message>
    <message>
      <source>Calls are put in months, quarters and years by this zone's clock (exports, statistics, the call log). It cannot be changed later.</source>
      <translation>Calls are put in months, quarters and years by this zone's clock (exports, statistics, the call log). It cannot be changed later.</translation>
    </message>
    <message>
      <source>Continue to sign in</source>
      <translation>Continue to sign in</translation>
    </message>
    <message>
      <source>Create the desk</source>
      <translation>Create the desk</translation>
    </message>
    <message>
      <source>Creating the desk</source>
      <translation>Creating the desk</translation>
    </message>
    <message>
      <source>I have written it down</source>
      <translation>I have written it down</translation>
    </message>
    <message>
      <source>No secure OS keychain is available here (%1). The desk can only be set up WITHOUT binding it to this machine: then a copy of its files can be attacked elsewhere by guessing passwords. Use long passwords.</source>
      <translation>No secure OS keychain is available here (%1). The desk can only be set up WITHOUT binding it to this machine: then a copy of its files can be attacked elsewhere by guessing passwords. Use long passwords.</translation>
    </message>
    <message>
      <source>No secure keychain here: tick "set up without binding to this machine" to go on.</source>
      <translation>No secure keychain here: tick "set up without binding to this machine" to go on.</translation>
    </message>
    <message>
      <source>Password</source>
      <translation>Password</translation>
    </message>
    <message>
      <source>Password again</source>
      <translation>Password again</translation>
    </message>
    <message>
      <source>Recovery code</source>
      <translation>Recovery code</translation>
    </message>
    <message>
      <source>Set up the desk</source>
      <translation>Set up the desk</translation>
    </message>
    <message>
      <source>Set up without binding to this machine</source>
      <translation>Set up without binding to this machine</translation>
    </message>
    <message>
      <source>That is not group %1 of the code: look again at what you wrote down.</source>
      <translation>That is not group %1 of the code: look again at what you wrote down.</translation>
    </message>
    <message>
      <source>The OS keychain works here: the desk will be bound to this machine, so a copy of its files cannot be attacked elsewhere. Keep the recovery code: it opens the desk on another machine.</source>
      <translation>The OS keychain works here: the desk will be bound to this machine, so a copy of its files cannot be attacked elsewhere. Keep the recovery code: it opens the desk on another machine.</translation>
    </message>
    <message>
      <source>The desk is NOT bound to this machine (no secure keychain).</source>
      <translation>The desk is NOT bound to this machine (no secure keychain).</translation>
    </message>
    <message>
      <source>The desk is bound to this machine's keychain.</source>
      <translation>The desk is bound to this machine's keychain.</translation>
    </message>
    <message>
      <source>The two passwords differ.</source>
      <translation>The two passwords differ.</translation>
    </message>
    <message>
      <source>There is no desk in this folder yet. Create the administrator account; the password needs at least 15 characters (a few words are easiest).</source>
      <translation>There is no desk in this folder yet. Create the administrator account; the password needs at least 15 characters (a few words are easiest).</translation>
    </message>
    <message>
      <source>Tick that you have written the code down.</source>
      <translation>Tick that you have written the code down.</translation>
    </message>
    <message>
      <source>Time zone of the desk's months</source>
      <translation>Time zone of the desk's months</translation>
    </message>
    <message>
      <source>To check, type group number %1 of the code:</source>
      <translation>To check, type group number %1 of the code:</translation>
    </message>
    <message>
      <source>Type the administrator's user name.</source>
      <translation>Type the administrator's user name.</translation>
    </message>
    <message>
      <source>Write this code on paper now and keep it locked away. It is shown only once. It opens the desk if every password is lost.</source>
      <translation>Write this code on paper now and keep it locked away. It is shown only once. It opens the desk if every password is lost.</translation>
    </message>
    <message>
      <source>Your recovery code</source>
      <translation>Your recovery code</translation>
    </message>
  </context>
  <context>
    <name>StatisticsPage</name>
    <message>
      <source>A relative may be involved in {relative} calls; an interpreter was needed in {interpreter}.</source>
      <translation>A relative may be involved in {relative} calls; an interpreter was needed in {interpreter}.</translation>
    </message>
    <message>
      <source>All calls</source>
      <translation>All calls</translation>
    </message>
    <message>
      <source>Calls</source>
      <translation>Calls</translation>
    </message>
    <message>
      <source>Calls with content per month, by primary topic</source>
      <translation>Calls with content per month, by primary topic</translation>
    </message>
    <message>
      <source>Counting…</source>
      <translation>Counting…</translation>
    </message>
    <message>
      <source>Destination</source>
      <translation>Destination</translation>
    </message>
    <message>
      <source>For the reports</source>
      <translation>For the reports</translation>
    </message>
    <message>
      <source>Forced labour in: %1</source>
      <translation>Forced labour in: %1</translation>
    </message>
    <message>
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <source>Heard of 152: %1</source>
      <translation>Heard of 152: %1</translation>
    </message>
    <message>
      <source>Hotline 152: calls {first} – {last}</source>
      <translation>Hotline 152: calls {first} – {last}</translation>
    </message>
    <message>
      <source>Hotline 152: trends</source>
      <translation>Hotline 152: trends</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Month</translation>
    </message>
    <message>
      <source>Month: all calls / with content / possible victim</source>
      <translation>Month: all calls / with content / possible victim</translation>
    </message>
    <message>
      <source>Outcome or referral</source>
      <translation>Outcome or referral</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <source>Possible victim</source>
      <translation>Possible victim</translation>
    </message>
    <message>
      <source>Save as PDF</source>
      <translation>Save as PDF</translation>
    </message>
    <message>
      <source>Save as PDF…</source>
      <translation>Save as PDF…</translation>
    </message>
    <message>
      <source>Share</source>
      <translation>Share</translation>
    </message>
    <message>
      <source>Show</source>
      <translation>Show</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>With content</source>
      <translation>With content</translation>
    </message>
    <message>
      <source>to</source>
      <translation>to</translation>
    </message>
    <message>
      <source>{first} – {last}: {calls} calls, {content} with content. A possible victim of trafficking in {victims} calls ({share} of calls with content).</source>
      <translation>{first} – {last}: {calls} calls, {content} with content. A possible victim of trafficking in {victims} calls ({share} of calls with content).</translation>
    </message>
  </context>
  <context>
    <name>StatusLine</name>
    <message numerus="yes">
      <source>%n calls kept on this computer are not sent:</source>
      <translation>
        <numerusform>%n call kept on this computer is not sent:</numerusform>
        <numerusform>%n calls kept on this computer are not sent:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>(and %n more: point here to read them all)</source>
      <translation>
        <numerusform>(and %n more warning: point here to read them all)</numerusform>
        <numerusform>(and %n more warnings: point here to read them all)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The server cannot be reached: %n calls kept on this computer will be sent when it is back</source>
      <translation>
        <numerusform>The server cannot be reached: %n call kept on this computer will be sent when it is back</numerusform>
        <numerusform>The server cannot be reached: %n calls kept on this computer will be sent when it is back</numerusform>
      </translation>
    </message>
    <message>
      <source>The server cannot be reached: calls saved now are kept on this computer and will be sent when it is back</source>
      <translation>The server cannot be reached: calls saved now are kept on this computer and will be sent when it is back</translation>
    </message>
    <message numerus="yes">
      <source>The server refuses your sign-in (your account was disabled or changed since): %n calls are kept on this computer, not sent. Sign in again, or ask an administrator</source>
      <translation>
        <numerusform>The server refuses your sign-in (your account was disabled or changed since): %n call is kept on this computer, not sent. Sign in again, or ask an administrator</numerusform>
        <numerusform>The server refuses your sign-in (your account was disabled or changed since): %n calls are kept on this computer, not sent. Sign in again, or ask an administrator</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TasksPage</name>
    <message numerus="yes">
      <source>%n overdue</source>
      <translation>
        <numerusform>%n overdue</numerusform>
        <numerusform>%n overdue</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n task(s)</source>
      <translation>
        <numerusform>%n task</numerusform>
        <numerusform>%n tasks</numerusform>
      </translation>
    </message>
    <message>
      <source>All tasks</source>
      <translation>All tasks</translation>
    </message>
    <message>
      <source>Assignee</source>
      <translation>Assignee</translation>
    </message>
    <message>
      <source>Call of</source>
      <translation>Call of</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Due</translation>
    </message>
    <message>
      <source>How it was done: date, reference, to whom (required for the minors' report)</source>
      <translation>How it was done: date, reference, to whom (required for the minors' report)</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>OVERDUE {date}</source>
      <translation>OVERDUE {date}</translation>
    </message>
    <message>
      <source>Open tasks</source>
      <translation>Open tasks</translation>
    </message>
    <message>
      <source>Record as done</source>
      <translation>Record as done</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Task</source>
      <translation>Task</translation>
    </message>
    <message>
      <source>The task is recorded as done.</source>
      <translation>The task is recorded as done.</translation>
    </message>
    <message>
      <source>anyone</source>
      <translation>anyone</translation>
    </message>
    <message>
      <source>done {date}</source>
      <translation>done {date}</translation>
    </message>
    <message>
      <source>no date</source>
      <translation>no date</translation>
    </message>
    <message>
      <source>open</source>
      <translation>open</translation>
    </message>
  </context>
  <context>
    <name>TopicChips</name>
    <message>
      <source>Here keys 1–9 tick a topic, Ctrl with the number makes it the primary one (the first ticked is primary). Alt+3 brings you here from anywhere.</source>
      <translation>Here keys 1–9 tick a topic, Ctrl with the number makes it the primary one (the first ticked is primary). Alt+3 brings you here from anywhere.</translation>
    </message>
    <message>
      <source>Primary topic: %1</source>
      <translation>Primary topic: %1</translation>
    </message>
    <message>
      <source>Primary topic: none yet</source>
      <translation>Primary topic: none yet</translation>
    </message>
    <message>
      <source>Topic: %1</source>
      <translation>Topic: %1</translation>
    </message>
    <message>
      <source>primary</source>
      <translation>primary</translation>
    </message>
  </context>
  <context>
    <name>UsersPage</name>
    <message>
      <source>%1 has a new password and new keys.</source>
      <translation>%1 has a new password and new keys.</translation>
    </message>
    <message>
      <source>%1 was added to the centre. Give them their password in person. A workstation that has not joined the centre yet joins it with this one-time code (valid for %2 hours): %3</source>
      <translation>%1 was added to the centre. Give them their password in person. A workstation that has not joined the centre yet joins it with this one-time code (valid for %2 hours): %3</translation>
    </message>
    <message>
      <source>%1 was added. Give them their password in person; they change it from Desk ▸ Change my password.</source>
      <translation>%1 was added. Give them their password in person; they change it from Desk ▸ Change my password.</translation>
    </message>
    <message>
      <source>%1 was disabled.</source>
      <translation>%1 was disabled.</translation>
    </message>
    <message>
      <source>Add a user…</source>
      <translation>Add a user…</translation>
    </message>
    <message>
      <source>Change roles…</source>
      <translation>Change roles…</translation>
    </message>
    <message>
      <source>Disable %1</source>
      <translation>Disable %1</translation>
    </message>
    <message>
      <source>Disable %1? Their key slot is removed and their login on the centre's server can no longer connect: they can no longer sign in on any workstation. What they recorded stays.</source>
      <translation>Disable %1? Their key slot is removed and their login on the centre's server can no longer connect: they can no longer sign in on any workstation. What they recorded stays.</translation>
    </message>
    <message>
      <source>Disable %1? Their key slot is removed: they can no longer sign in. What they recorded stays. If they may have kept a copy of the desk's files, rotate the database key afterwards.</source>
      <translation>Disable %1? Their key slot is removed: they can no longer sign in. What they recorded stays. If they may have kept a copy of the desk's files, rotate the database key afterwards.</translation>
    </message>
    <message>
      <source>Disable…</source>
      <translation>Disable…</translation>
    </message>
    <message>
      <source>Last sign-in</source>
      <translation>Last sign-in</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <source>Request %1 for this change is still waiting for a second person's approval.</source>
      <translation>Request %1 for this change is still waiting for a second person's approval.</translation>
    </message>
    <message>
      <source>Request %1 was made: another administrator or a supervisor approves it on their Approvals page, signed in as themselves. Then carry it out on your Approvals page.</source>
      <translation>Request %1 was made: another administrator or a supervisor approves it on their Approvals page, signed in as themselves. Then carry it out on your Approvals page.</translation>
    </message>
    <message>
      <source>Reset the password…</source>
      <translation>Reset the password…</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation>Roles</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>The roles of %1 were changed (approved alone: the desk has one administrator and no supervisor, and this was recorded).</source>
      <translation>The roles of %1 were changed (approved alone: the desk has one administrator and no supervisor, and this was recorded).</translation>
    </message>
    <message>
      <source>The roles of %1 were changed, as request %2 approved.</source>
      <translation>The roles of %1 were changed, as request %2 approved.</translation>
    </message>
    <message>
      <source>User</source>
      <translation>User</translation>
    </message>
    <message>
      <source>Users of the centre</source>
      <translation>Users of the centre</translation>
    </message>
    <message>
      <source>Users of the desk</source>
      <translation>Users of the desk</translation>
    </message>
    <message>
      <source>active</source>
      <translation>active</translation>
    </message>
    <message>
      <source>active; has not yet changed the password an administrator set</source>
      <translation>active; has not yet changed the password an administrator set</translation>
    </message>
    <message>
      <source>disabled</source>
      <translation>disabled</translation>
    </message>
    <message>
      <source>never</source>
      <translation>never</translation>
    </message>
    <message>
      <source>not recorded on a centre</source>
      <translation>not recorded on a centre</translation>
    </message>
    <message>
      <source>not trusted: their record on the server was changed outside the desk</source>
      <translation>not trusted: their record on the server was changed outside the desk</translation>
    </message>
  </context>
  <context>
    <name>Vocabulary</name>
    <message>
      <source>Agency or company</source>
      <translation>Agency or company</translation>
    </message>
    <message>
      <source>All not yet reviewed</source>
      <translation>All not yet reviewed</translation>
    </message>
    <message>
      <source>Any review state</source>
      <translation>Any review state</translation>
    </message>
    <message>
      <source>Being reviewed</source>
      <translation>Being reviewed</translation>
    </message>
    <message>
      <source>City</source>
      <translation>City</translation>
    </message>
    <message>
      <source>Court</source>
      <translation>Court</translation>
    </message>
    <message>
      <source>Follow-up</source>
      <translation>Follow-up</translation>
    </message>
    <message>
      <source>Free text removed after {years} years (retention), on {date}</source>
      <translation>Free text removed after {years} years (retention), on {date}</translation>
    </message>
    <message>
      <source>Link or advert</source>
      <translation>Link or advert</translation>
    </message>
    <message>
      <source>Not reviewed</source>
      <translation>Not reviewed</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <source>Other body</source>
      <translation>Other body</translation>
    </message>
    <message>
      <source>Phone number</source>
      <translation>Phone number</translation>
    </message>
    <message>
      <source>Prosecutor</source>
      <translation>Prosecutor</translation>
    </message>
    <message>
      <source>Report to the Commission on Minors' Affairs</source>
      <translation>Report to the Commission on Minors' Affairs</translation>
    </message>
    <message>
      <source>Report to the guardianship and custody authority</source>
      <translation>Report to the guardianship and custody authority</translation>
    </message>
    <message>
      <source>Returned to the operator</source>
      <translation>Returned to the operator</translation>
    </message>
    <message>
      <source>Reviewed</source>
      <translation>Reviewed</translation>
    </message>
    <message>
      <source>Sealed by decision {number} of {date}</source>
      <translation>Sealed by decision {number} of {date}</translation>
    </message>
    <message>
      <source>Social media account</source>
      <translation>Social media account</translation>
    </message>
  </context>
  <context>
    <name>WhatToSay</name>
    <message>
      <source>Source: %1</source>
      <translation>Source: %1</translation>
    </message>
    <message>
      <source>The caller may be the relative involved. Listen, note, and do not tell them what will be done.</source>
      <translation>The caller may be the relative involved. Listen, note, and do not tell them what will be done.</translation>
    </message>
    <message>
      <source>What to say (%1)</source>
      <translation>What to say (%1)</translation>
    </message>
    <message>
      <source>What to say: nothing of the help or the reports to this caller</source>
      <translation>What to say: nothing of the help or the reports to this caller</translation>
    </message>
    <message>
      <source>— not written in %1</source>
      <translation>— not written in %1</translation>
    </message>
  </context>
  <context>
    <name>WorkstationsPage</name>
    <message>
      <source>Enrolled</source>
      <translation>Enrolled</translation>
    </message>
    <message>
      <source>Last seen</source>
      <translation>Last seen</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <source>Remove workstation %1</source>
      <translation>Remove workstation %1</translation>
    </message>
    <message>
      <source>Remove workstation %1 (%2)? Its login on the centre's server can no longer connect: nobody can sign in there any more. What was recorded there stays on the server. To use that computer again, it joins the centre anew with a one-time code.</source>
      <translation>Remove workstation %1 (%2)? Its login on the centre's server can no longer connect: nobody can sign in there any more. What was recorded there stays on the server. To use that computer again, it joins the centre anew with a one-time code.</translation>
    </message>
    <message>
      <source>Remove…</source>
      <translation>Remove…</translation>
    </message>
    <message>
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <source>The computers enrolled on the centre's server, and when each was last seen (a sign-in there). Remove one that is lost, stolen or given away: its login can no longer connect. The one you are signed in on is removed from another administrator's workstation.</source>
      <translation>The computers enrolled on the centre's server, and when each was last seen (a sign-in there). Remove one that is lost, stolen or given away: its login can no longer connect. The one you are signed in on is removed from another administrator's workstation.</translation>
    </message>
    <message>
      <source>Workstation</source>
      <translation>Workstation</translation>
    </message>
    <message>
      <source>Workstation %1 (%2) was removed: nobody can sign in there any more.</source>
      <translation>Workstation %1 (%2) was removed: nobody can sign in there any more.</translation>
    </message>
    <message>
      <source>Workstations of the centre</source>
      <translation>Workstations of the centre</translation>
    </message>
    <message>
      <source>cannot connect</source>
      <translation>cannot connect</translation>
    </message>
    <message>
      <source>in use</source>
      <translation>in use</translation>
    </message>
    <message>
      <source>in use; the one you are signed in on</source>
      <translation>in use; the one you are signed in on</translation>
    </message>
    <message>
      <source>not yet recorded</source>
      <translation>not yet recorded</translation>
    </message>
    <message>
      <source>removed on %1</source>
      <translation>removed on %1</translation>
    </message>
  </context>
  <context>
    <name>_Ages</name>
    <message numerus="yes">
      <source>%n day(s) ago</source>
      <translation>
        <numerusform>%n day ago</numerusform>
        <numerusform>%n days ago</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n hour(s) ago</source>
      <translation>
        <numerusform>%n hour ago</numerusform>
        <numerusform>%n hours ago</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s) ago</source>
      <translation>
        <numerusform>%n minute ago</numerusform>
        <numerusform>%n minutes ago</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>approvals</name>
    <message>
      <source>an export for partners</source>
      <translation>an export for partners</translation>
    </message>
    <message>
      <source>change a user's roles</source>
      <translation>change a user's roles</translation>
    </message>
    <message>
      <source>seal a record</source>
      <translation>seal a record</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>(left out)</source>
      <translation>(left out)</translation>
    </message>
    <message>
      <source>, under a legal hold</source>
      <translation>, under a legal hold</translation>
    </message>
    <message>
      <source>Added {calls} synthetic calls over {months} months.</source>
      <translation>Added {calls} synthetic calls over {months} months.</translation>
    </message>
    <message>
      <source>Added {name} ({roles}).</source>
      <translation>Added {name} ({roles}).</translation>
    </message>
    <message>
      <source>Again: </source>
      <translation>Again: </translation>
    </message>
    <message>
      <source>Backup of the centre {database} written: {path} ({calls} calls, {size} bytes), recorded in {register}.</source>
      <translation>Backup of the centre {database} written: {path} ({calls} calls, {size} bytes), recorded in {register}.</translation>
    </message>
    <message>
      <source>Backup written and verified: {path} ({calls} calls, {size} bytes).</source>
      <translation>Backup written and verified: {path} ({calls} calls, {size} bytes).</translation>
    </message>
    <message>
      <source>Bound to this machine's keychain ({backend}).</source>
      <translation>Bound to this machine's keychain ({backend}).</translation>
    </message>
    <message>
      <source>Centre created in the database {database} of the server; its roles: {operator}, {supervisor}, {admin} (owner {owner}, nobody logs in as it).</source>
      <translation>Centre created in the database {database} of the server; its roles: {operator}, {supervisor}, {admin} (owner {owner}, nobody logs in as it).</translation>
    </message>
    <message>
      <source>Check</source>
      <translation>Check</translation>
    </message>
    <message>
      <source>Decision: {body} {number} of {date}.</source>
      <translation>Decision: {body} {number} of {date}.</translation>
    </message>
    <message>
      <source>Demo calls</source>
      <translation>Demo calls</translation>
    </message>
    <message>
      <source>Desk created in {path}</source>
      <translation>Desk created in {path}</translation>
    </message>
    <message>
      <source>Disabled {name}: their key slot was removed and their login on the centre's server can no longer connect.</source>
      <translation>Disabled {name}: their key slot was removed and their login on the centre's server can no longer connect.</translation>
    </message>
    <message>
      <source>Disabled {name}; their key slot was removed. Rotate the database key ('hotline rotate-key') if they kept a copy.</source>
      <translation>Disabled {name}; their key slot was removed. Rotate the database key ('hotline rotate-key') if they kept a copy.</translation>
    </message>
    <message>
      <source>Dry run: nothing was sealed.</source>
      <translation>Dry run: nothing was sealed.</translation>
    </message>
    <message>
      <source>Due now: {now} calls; due within {days} days: {soon}.</source>
      <translation>Due now: {now} calls; due within {days} days: {soon}.</translation>
    </message>
    <message>
      <source>Enrolment code for one workstation (serves once, within {hours} hours): {code}
On that workstation: hotline join {address} --fingerprint SHA256:&lt;the server certificate's&gt; --code {code}</source>
      <translation>Enrolment code for one workstation (serves once, within {hours} hours): {code}
On that workstation: hotline join {address} --fingerprint SHA256:&lt;the server certificate's&gt; --code {code}</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Export</translation>
    </message>
    <message>
      <source>Exported {table} {period} for {audience} (k={k}): {published} cells published, {suppressed} suppressed; audit passed.</source>
      <translation>Exported {table} {period} for {audience} (k={k}): {published} cells published, {suppressed} suppressed; audit passed.</translation>
    </message>
    <message>
      <source>File: {path}
Manifest: {manifest}
SHA-256: {sha256}</source>
      <translation>File: {path}
Manifest: {manifest}
SHA-256: {sha256}</translation>
    </message>
    <message>
      <source>Free text and identities are kept {years} years after the call.</source>
      <translation>Free text and identities are kept {years} years after the call.</translation>
    </message>
    <message>
      <source>Free text is kept until sealed (no retention set).</source>
      <translation>Free text is kept until sealed (no retention set).</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>Import with this mapping? [y/N] </source>
      <translation>Import with this mapping? [y/N] </translation>
    </message>
    <message>
      <source>Imported {count} calls from {name}; the mapping was saved for the next file.</source>
      <translation>Imported {count} calls from {name}; the mapping was saved for the next file.</translation>
    </message>
    <message>
      <source>Imported {count} calls.</source>
      <translation>Imported {count} calls.</translation>
    </message>
    <message>
      <source>It opens the desk when every password, or this machine's keychain, is lost.</source>
      <translation>It opens the desk when every password, or this machine's keychain, is lost.</translation>
    </message>
    <message>
      <source>It runs at an administrator's sign-in, or now with 'hotline retention --run'.</source>
      <translation>It runs at an administrator's sign-in, or now with 'hotline retention --run'.</translation>
    </message>
    <message>
      <source>Its secret is in this machine's keychain ({backend}).</source>
      <translation>Its secret is in this machine's keychain ({backend}).</translation>
    </message>
    <message>
      <source>Joined the centre {database} on {host}:{port} as workstation {login}; its file: {path}.</source>
      <translation>Joined the centre {database} on {host}:{port} as workstation {login}; its file: {path}.</translation>
    </message>
    <message>
      <source>Key card written to {path}.</source>
      <translation>Key card written to {path}.</translation>
    </message>
    <message>
      <source>Key derivation: Argon2id {memory} MiB, {passes} passes, {lanes} lanes.</source>
      <translation>Key derivation: Argon2id {memory} MiB, {passes} passes, {lanes} lanes.</translation>
    </message>
    <message>
      <source>Legal hold {id} lifted.</source>
      <translation>Legal hold {id} lifted.</translation>
    </message>
    <message>
      <source>Legal hold {id} placed.</source>
      <translation>Legal hold {id} placed.</translation>
    </message>
    <message>
      <source>Legal hold {number} lifted.</source>
      <translation>Legal hold {number} lifted.</translation>
    </message>
    <message>
      <source>Legal hold {number} placed.</source>
      <translation>Legal hold {number} placed.</translation>
    </message>
    <message>
      <source>NOT SEALED: {path}: {reason}; {holds}</source>
      <translation>NOT SEALED: {path}: {reason}; {holds}</translation>
    </message>
    <message>
      <source>NOT bound to a keychain: a copy of the desk's files can be attacked elsewhere by guessing passwords. Keep the machine's disk encrypted.</source>
      <translation>NOT bound to a keychain: a copy of the desk's files can be attacked elsewhere by guessing passwords. Keep the machine's disk encrypted.</translation>
    </message>
    <message>
      <source>NOT bound to a keychain: the workstation's secret is in {path}. Keep the machine's disk encrypted.</source>
      <translation>NOT bound to a keychain: the workstation's secret is in {path}. Keep the machine's disk encrypted.</translation>
    </message>
    <message>
      <source>New password for {name}: </source>
      <translation>New password for {name}: </translation>
    </message>
    <message>
      <source>New password: </source>
      <translation>New password: </translation>
    </message>
    <message>
      <source>Nothing was imported.</source>
      <translation>Nothing was imported.</translation>
    </message>
    <message>
      <source>OK: all {rows} rows can be imported; nothing was written.</source>
      <translation>OK: all {rows} rows can be imported; nothing was written.</translation>
    </message>
    <message>
      <source>OK: the centre's audit chain checks clean on the server.</source>
      <translation>OK: the centre's audit chain checks clean on the server.</translation>
    </message>
    <message>
      <source>OK: the database, the key file and the audit chain check clean.</source>
      <translation>OK: the database, the key file and the audit chain check clean.</translation>
    </message>
    <message>
      <source>OK: the signature is the desk's (the key given) and the file is the one it signed.</source>
      <translation>OK: the signature is the desk's (the key given) and the file is the one it signed.</translation>
    </message>
    <message>
      <source>PROBLEMS ({count}):</source>
      <translation>PROBLEMS ({count}):</translation>
    </message>
    <message>
      <source>PROBLEMS ({count}); nothing was imported:</source>
      <translation>PROBLEMS ({count}); nothing was imported:</translation>
    </message>
    <message>
      <source>Password changed.</source>
      <translation>Password changed.</translation>
    </message>
    <message>
      <source>Password for {name} (as it was in the backup): </source>
      <translation>Password for {name} (as it was in the backup): </translation>
    </message>
    <message>
      <source>Password for {name}: </source>
      <translation>Password for {name}: </translation>
    </message>
    <message>
      <source>Password of the server's account {account}: </source>
      <translation>Password of the server's account {account}: </translation>
    </message>
    <message>
      <source>Pseudonyms keyed: {calls} calls converted, the persons key given to {holders} slots. Backups taken before still hold the pseudonyms in clear.</source>
      <translation>Pseudonyms keyed: {calls} calls converted, the persons key given to {holders} slots. Backups taken before still hold the pseudonyms in clear.</translation>
    </message>
    <message>
      <source>RECOVERY CODE (shown once; write it down and keep it locked away):</source>
      <translation>RECOVERY CODE (shown once; write it down and keep it locked away):</translation>
    </message>
    <message>
      <source>REJECTED</source>
      <translation>REJECTED</translation>
    </message>
    <message>
      <source>Re-issued {table} {period} for {audience} (k={k}): {published} cells published, {suppressed} suppressed; audit passed.</source>
      <translation>Re-issued {table} {period} for {audience} (k={k}): {published} cells published, {suppressed} suppressed; audit passed.</translation>
    </message>
    <message>
      <source>Recovery code: </source>
      <translation>Recovery code: </translation>
    </message>
    <message>
      <source>Request {id} made: sealing needs a second person. Another administrator or a supervisor runs 'hotline --user THEIR_NAME approvals approve {id}'; then run this command again with --approval {id}.</source>
      <translation>Request {id} made: sealing needs a second person. Another administrator or a supervisor runs 'hotline --user THEIR_NAME approvals approve {id}'; then run this command again with --approval {id}.</translation>
    </message>
    <message>
      <source>Request {number} is waiting: “{what}” needs a second person. Another administrator or a supervisor runs 'hotline --user THEIR_NAME approvals approve {number}'; then run this command again.</source>
      <translation>Request {number} is waiting: “{what}” needs a second person. Another administrator or a supervisor runs 'hotline --user THEIR_NAME approvals approve {number}'; then run this command again.</translation>
    </message>
    <message>
      <source>Request {number} made: “{what}” needs a second person. Another administrator or a supervisor runs 'hotline --user THEIR_NAME approvals approve {number}'; then run this command again.</source>
      <translation>Request {number} made: “{what}” needs a second person. Another administrator or a supervisor runs 'hotline --user THEIR_NAME approvals approve {number}'; then run this command again.</translation>
    </message>
    <message>
      <source>Request {number}: {state}.</source>
      <translation>Request {number}: {state}.</translation>
    </message>
    <message>
      <source>Restored and verified. The previous files were kept in {path}.</source>
      <translation>Restored and verified. The previous files were kept in {path}.</translation>
    </message>
    <message>
      <source>Retention</source>
      <translation>Retention</translation>
    </message>
    <message>
      <source>Retention destroyed the free text of {count} calls.</source>
      <translation>Retention destroyed the free text of {count} calls.</translation>
    </message>
    <message>
      <source>STILL HOLDS THE SEALED CALLS: {path} (a backup taken before the sealing; marked in its register: bring it back to be sealed, or destroy it)</source>
      <translation>STILL HOLDS THE SEALED CALLS: {path} (a backup taken before the sealing; marked in its register: bring it back to be sealed, or destroy it)</translation>
    </message>
    <message>
      <source>Sealed {calls} calls (decision record {decision}): {keys} data keys, {vault} identity entries, {entities} entity values, {comments} comments, {corrections} corrections destroyed; {tasks} open tasks closed.</source>
      <translation>Sealed {calls} calls (decision record {decision}): {keys} data keys, {vault} identity entries, {entities} entity values, {comments} comments, {corrections} corrections destroyed; {tasks} open tasks closed.</translation>
    </message>
    <message>
      <source>Sealed {calls} calls on the centre (decision record {decision}): {keys} data keys, {texts} text fields and {vault} identity entries deleted on the server.</source>
      <translation>Sealed {calls} calls on the centre (decision record {decision}): {keys} data keys, {texts} text fields and {vault} identity entries deleted on the server.</translation>
    </message>
    <message>
      <source>Sealing</source>
      <translation>Sealing</translation>
    </message>
    <message>
      <source>Sealing the notes</source>
      <translation>Sealing the notes</translation>
    </message>
    <message>
      <source>The backup register beside the file does not know this backup; its count of calls could not be compared.</source>
      <translation>The backup register beside the file does not know this backup; its count of calls could not be compared.</translation>
    </message>
    <message>
      <source>The backup was of schema version {before}; the restored centre was upgraded to {after}.</source>
      <translation>The backup was of schema version {before}; the restored centre was upgraded to {after}.</translation>
    </message>
    <message>
      <source>The centre {database} is at schema version {after} already; nothing to do.</source>
      <translation>The centre {database} is at schema version {after} already; nothing to do.</translation>
    </message>
    <message>
      <source>The centre {database} was upgraded from schema version {before} to {after}.</source>
      <translation>The centre {database} was upgraded from schema version {before} to {after}.</translation>
    </message>
    <message>
      <source>The centre {source} was restored into the database {database} and opens: {calls} calls, its key file read with your password.</source>
      <translation>The centre {source} was restored into the database {database} and opens: {calls} calls, its key file read with your password.</translation>
    </message>
    <message>
      <source>The database has a new key (generation {generation}); every slot was rewrapped.</source>
      <translation>The database has a new key (generation {generation}); every slot was rewrapped.</translation>
    </message>
    <message>
      <source>The first rows as they will be stored (free text not printed):</source>
      <translation>The first rows as they will be stored (free text not printed):</translation>
    </message>
    <message>
      <source>The notes' index is cleared at the next supervisor's sign-in.</source>
      <translation>The notes' index is cleared at the next supervisor's sign-in.</translation>
    </message>
    <message>
      <source>This centre still keeps callers' pseudonyms in clear, and its operators cannot save until they are keyed: run this command again with --admin NAME on an administrator's joined workstation.</source>
      <translation>This centre still keeps callers' pseudonyms in clear, and its operators cannot save until they are keyed: run this command again with --admin NAME on an administrator's joined workstation.</translation>
    </message>
    <message>
      <source>UNKNOWN: map it with --value</source>
      <translation>UNKNOWN: map it with --value</translation>
    </message>
    <message>
      <source>User: </source>
      <translation>User: </translation>
    </message>
    <message>
      <source>Values of the coded columns (list, text, rows -&gt; taken for):</source>
      <translation>Values of the coded columns (list, text, rows -&gt; taken for):</translation>
    </message>
    <message>
      <source>Workstation {number} ({login}) was removed: it can no longer connect to the centre, and nobody can sign in on it.</source>
      <translation>Workstation {number} ({login}) was removed: it can no longer connect to the centre, and nobody can sign in on it.</translation>
    </message>
    <message>
      <source>already sealed</source>
      <translation>already sealed</translation>
    </message>
    <message>
      <source>call {number}</source>
      <translation>call {number}</translation>
    </message>
    <message>
      <source>cannot connect</source>
      <translation>cannot connect</translation>
    </message>
    <message>
      <source>hotline: interrupted; nothing more was written.</source>
      <translation>hotline: interrupted; nothing more was written.</translation>
    </message>
    <message>
      <source>hotline: the output was cut off: the program reading it stopped.</source>
      <translation>hotline: the output was cut off: the program reading it stopped.</translation>
    </message>
    <message>
      <source>hotline: warning: {text}</source>
      <translation>hotline: warning: {text}</translation>
    </message>
    <message>
      <source>hotline: {text}</source>
      <translation>hotline: {text}</translation>
    </message>
    <message>
      <source>in use</source>
      <translation>in use</translation>
    </message>
    <message>
      <source>it is damaged or does not check clean</source>
      <translation>it is damaged or does not check clean</translation>
    </message>
    <message>
      <source>it opens with another password (the one it had when written)</source>
      <translation>it opens with another password (the one it had when written)</translation>
    </message>
    <message>
      <source>not found where it was written</source>
      <translation>not found where it was written</translation>
    </message>
    <message>
      <source>person {pseudonym}</source>
      <translation>person {pseudonym}</translation>
    </message>
    <message>
      <source>removed {when}</source>
      <translation>removed {when}</translation>
    </message>
    <message>
      <source>sealed: {path} ({count} calls sealed in it)</source>
      <translation>sealed: {path} ({count} calls sealed in it)</translation>
    </message>
    <message>
      <source>text fields {texts}, identity entries {vault}, entities {entities}, open tasks {tasks}</source>
      <translation>text fields {texts}, identity entries {vault}, entities {entities}, open tasks {tasks}</translation>
    </message>
    <message>
      <source>the saved mapping was changed outside the program (it is not the one an administrator saved); it was not used. Tell the administrator.</source>
      <translation>the saved mapping was changed outside the program (it is not the one an administrator saved); it was not used. Tell the administrator.</translation>
    </message>
    <message>
      <source>warning: {text}</source>
      <translation>warning: {text}</translation>
    </message>
    <message>
      <source>{count} calls sealed after this backup was taken were sealed again in the restored centre (from the seal registers).</source>
      <translation>{count} calls sealed after this backup was taken were sealed again in the restored centre (from the seal registers).</translation>
    </message>
    <message>
      <source>{count} calls to seal.</source>
      <translation>{count} calls to seal.</translation>
    </message>
    <message>
      <source>{held} calls of the file were on the centre already (imported before) and were not stored again.</source>
      <translation>{held} calls of the file were on the centre already (imported before) and were not stored again.</translation>
    </message>
    <message>
      <source>{name} has a new password and new keys.</source>
      <translation>{name} has a new password and new keys.</translation>
    </message>
    <message>
      <source>{name}: {rows} rows ({kind})</source>
      <translation>{name}: {rows} rows ({kind})</translation>
    </message>
  </context>
  <context>
    <name>common</name>
    <message>
      <source>— not set —</source>
      <translation>— not set —</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>"{name}" is not a time zone name; give one such as Asia/Baku or Europe/Istanbul. Nothing was created.</source>
      <translation>"{name}" is not a time zone name; give one such as Asia/Baku or Europe/Istanbul. Nothing was created.</translation>
    </message>
    <message>
      <source>A call changed on the server while this workstation was linking earlier calls by the entities they name (sealed or corrected meanwhile): that batch was undone whole. The calls still waiting are linked at the next sign-in of a supervisor.</source>
      <translation>A call changed on the server while this workstation was linking earlier calls by the entities they name (sealed or corrected meanwhile): that batch was undone whole. The calls still waiting are linked at the next sign-in of a supervisor.</translation>
    </message>
    <message>
      <source>A cell in row {row} of {name} holds more than {limit} characters. Nothing was imported.</source>
      <translation>A cell in row {row} of {name} holds more than {limit} characters. Nothing was imported.</translation>
    </message>
    <message>
      <source>A desk already exists in {path}; it was left as it is.</source>
      <translation>A desk already exists in {path}; it was left as it is.</translation>
    </message>
    <message>
      <source>A legal hold is already in place for {what}.</source>
      <translation>A legal hold is already in place for {what}.</translation>
    </message>
    <message>
      <source>An identity entry held for call {call_id} does not belong to that call: it was moved or changed outside the program. Nothing was shown. Tell the administrator and run 'hotline verify'.</source>
      <translation>An identity entry held for call {call_id} does not belong to that call: it was moved or changed outside the program. Nothing was shown. Tell the administrator and run 'hotline verify'.</translation>
    </message>
    <message>
      <source>Audit entry {seq} is not a finding of the desk.</source>
      <translation>Audit entry {seq} is not a finding of the desk.</translation>
    </message>
    <message>
      <source>Call {call} on the server no longer matches what the audit log pins (changed around the desk); nothing was changed. Ask an administrator to run verify.</source>
      <translation>Call {call} on the server no longer matches what the audit log pins (changed around the desk); nothing was changed. Ask an administrator to run verify.</translation>
    </message>
    <message>
      <source>Call {ident} is sealed by a decision: nothing of it can be read, changed or followed up any more. Nothing was changed.</source>
      <translation>Call {ident} is sealed by a decision: nothing of it can be read, changed or followed up any more. Nothing was changed.</translation>
    </message>
    <message>
      <source>Calls can be kept on this computer only in a signed-in person's session.</source>
      <translation>Calls can be kept on this computer only in a signed-in person's session.</translation>
    </message>
    <message>
      <source>Cell {cell} of {name} holds a formula. Copy the sheet and paste it as values only, then try again. Nothing was imported.</source>
      <translation>Cell {cell} of {name} holds a formula. Copy the sheet and paste it as values only, then try again. Nothing was imported.</translation>
    </message>
    <message>
      <source>Cell {cell} of {name} holds more than {limit} characters. Nothing was imported.</source>
      <translation>Cell {cell} of {name} holds more than {limit} characters. Nothing was imported.</translation>
    </message>
    <message>
      <source>Changing {name} this way would leave members' records on the centre (your own too, when you change yourself) without a valid administrator's signature, and those members could not sign in; nothing was done. Ask another administrator to make this change.</source>
      <translation>Changing {name} this way would leave members' records on the centre (your own too, when you change yourself) without a valid administrator's signature, and those members could not sign in; nothing was done. Ask another administrator to make this change.</translation>
    </message>
    <message>
      <source>Changing {name}'s roles needs a second person's approval: request {number} waits for it ('hotline approvals approve {number}' by another administrator or a supervisor), then run the same command again.</source>
      <translation>Changing {name}'s roles needs a second person's approval: request {number} waits for it ('hotline approvals approve {number}' by another administrator or a supervisor), then run the same command again.</translation>
    </message>
    <message>
      <source>Choose who took the decision: a court, the prosecutor or another body. Nothing was sealed.</source>
      <translation>Choose who took the decision: a court, the prosecutor or another body. Nothing was sealed.</translation>
    </message>
    <message>
      <source>Columns {first} and {second} of {name} have the same header. Give each column its own header and try again. Nothing was imported.</source>
      <translation>Columns {first} and {second} of {name} have the same header. Give each column its own header and try again. Nothing was imported.</translation>
    </message>
    <message>
      <source>Do it from the window instead: the menu {path}, then {buttons}.</source>
      <translation>Do it from the window instead: the menu {path}, then {buttons}.</translation>
    </message>
    <message>
      <source>Entry {seen} of the centre's audit log on the server is not the entry this workstation saw: the log on the server was cut and written again, or put back to an older copy. Nothing more was written to it. Tell the centre's administrator.</source>
      <translation>Entry {seen} of the centre's audit log on the server is not the entry this workstation saw: the log on the server was cut and written again, or put back to an older copy. Nothing more was written to it. Tell the centre's administrator.</translation>
    </message>
    <message>
      <source>Every call chosen is sealed already. Nothing was sealed.</source>
      <translation>Every call chosen is sealed already. Nothing was sealed.</translation>
    </message>
    <message>
      <source>Give a whole number from {low} to {high}.</source>
      <translation>Give a whole number from {low} to {high}.</translation>
    </message>
    <message>
      <source>Give the reason of the legal hold (the case or the request). No hold was placed.</source>
      <translation>Give the reason of the legal hold (the case or the request). No hold was placed.</translation>
    </message>
    <message>
      <source>Granting the supervisor role gives access to the identity vault, and only a user who holds the vault key (an administrator who is also a supervisor, or the recovery code) can grant it.</source>
      <translation>Granting the supervisor role gives access to the identity vault, and only a user who holds the vault key (an administrator who is also a supervisor, or the recovery code) can grant it.</translation>
    </message>
    <message>
      <source>Keep free text for {low} to {high} years (whole years). The setting was not changed.</source>
      <translation>Keep free text for {low} to {high} years (whole years). The setting was not changed.</translation>
    </message>
    <message>
      <source>Leave the password out of the server's address (it would stay in the shell's history and the process list); it is asked next, or read from standard input.</source>
      <translation>Leave the password out of the server's address (it would stay in the shell's history and the process list); it is asked next, or read from standard input.</translation>
    </message>
    <message>
      <source>Line {line} of {path}: {reason}. Nothing was imported.</source>
      <translation>Line {line} of {path}: {reason}. Nothing was imported.</translation>
    </message>
    <message>
      <source>Linking earlier calls by the entities they name waited too long for another connection to the centre's server holding its turn: nothing of that batch was changed. The calls still waiting are linked at the next sign-in of a supervisor.</source>
      <translation>Linking earlier calls by the entities they name waited too long for another connection to the centre's server holding its turn: nothing of that batch was changed. The calls still waiting are linked at the next sign-in of a supervisor.</translation>
    </message>
    <message>
      <source>No backup folder is chosen yet: choose one on the Backups page first.</source>
      <translation>No backup folder is chosen yet: choose one on the Backups page first.</translation>
    </message>
    <message>
      <source>No call was found for {what}. Nothing was sealed.</source>
      <translation>No call was found for {what}. Nothing was sealed.</translation>
    </message>
    <message>
      <source>No column is mapped to the date of the call. Nothing was imported.</source>
      <translation>No column is mapped to the date of the call. Nothing was imported.</translation>
    </message>
    <message>
      <source>No secure OS keychain is available here ({backend}). The desk can be set up without binding it to this machine (then a copy of the desk's files can be attacked elsewhere with password guesses); choose that explicitly.</source>
      <translation>No secure OS keychain is available here ({backend}). The desk can be set up without binding it to this machine (then a copy of the desk's files can be attacked elsewhere with password guesses); choose that explicitly.</translation>
    </message>
    <message>
      <source>Not available offline: this needs the centre's server, which cannot be reached ({reason}). You signed in offline: calls you save are kept on this computer and sent when the server is back.</source>
      <translation>Not available offline: this needs the centre's server, which cannot be reached ({reason}). You signed in offline: calls you save are kept on this computer and sent when the server is back.</translation>
    </message>
    <message>
      <source>Only an administrator's session holds the desk's signing key; sign in as an administrator to export the audit.</source>
      <translation>Only an administrator's session holds the desk's signing key; sign in as an administrator to export the audit.</translation>
    </message>
    <message>
      <source>Only the owner of the centre's schema may upgrade it: give the server's superuser in the address, as at 'hotline init --server'. Nothing was changed.</source>
      <translation>Only the owner of the centre's schema may upgrade it: give the server's superuser in the address, as at 'hotline init --server'. Nothing was changed.</translation>
    </message>
    <message>
      <source>PostgreSQL's {tool} failed ({reason}); nothing was kept of its work.</source>
      <translation>PostgreSQL's {tool} failed ({reason}); nothing was kept of its work.</translation>
    </message>
    <message>
      <source>PostgreSQL's {tool} was not found on this computer: install PostgreSQL's client tools (the postgresql-client package) and try again; nothing was changed.</source>
      <translation>PostgreSQL's {tool} was not found on this computer: install PostgreSQL's client tools (the postgresql-client package) and try again; nothing was changed.</translation>
    </message>
    <message>
      <source>Request {id} approved something else than this; make a new request for what you want to do.</source>
      <translation>Request {id} approved something else than this; make a new request for what you want to do.</translation>
    </message>
    <message>
      <source>Request {id} expired; make a new request.</source>
      <translation>Request {id} expired; make a new request.</translation>
    </message>
    <message>
      <source>Request {id} has not been approved ({state}); it cannot be carried out.</source>
      <translation>Request {id} has not been approved ({state}); it cannot be carried out.</translation>
    </message>
    <message>
      <source>Request {id} is no longer waiting for approval ({state}).</source>
      <translation>Request {id} is no longer waiting for approval ({state}).</translation>
    </message>
    <message>
      <source>Request {id} was made by someone else; only its requester carries it out.</source>
      <translation>Request {id} was made by someone else; only its requester carries it out.</translation>
    </message>
    <message>
      <source>Request {number} cannot be approved by you: it is unknown, expired, already decided, your own, or its signature does not verify.</source>
      <translation>Request {number} cannot be approved by you: it is unknown, expired, already decided, your own, or its signature does not verify.</translation>
    </message>
    <message>
      <source>Request {number} cannot be refused by you: it is unknown, expired, already approved or decided, your own, or its signature does not verify. Nothing was changed.</source>
      <translation>Request {number} cannot be refused by you: it is unknown, expired, already approved or decided, your own, or its signature does not verify. Nothing was changed.</translation>
    </message>
    <message>
      <source>Request {number} cannot be withdrawn by you: it is unknown, someone else's, or already carried out, refused or withdrawn. Nothing was changed.</source>
      <translation>Request {number} cannot be withdrawn by you: it is unknown, someone else's, or already carried out, refused or withdrawn. Nothing was changed.</translation>
    </message>
    <message>
      <source>Row {row} ({header}): {problem}</source>
      <translation>Row {row} ({header}): {problem}</translation>
    </message>
    <message>
      <source>Row {row} of {name} has more than {limit} cells. Nothing was imported.</source>
      <translation>Row {row} of {name} has more than {limit} cells. Nothing was imported.</translation>
    </message>
    <message>
      <source>Row {row} of {name} is not UTF-8 text. Save the file as CSV UTF-8 and try again. Nothing was imported.</source>
      <translation>Row {row} of {name} is not UTF-8 text. Save the file as CSV UTF-8 and try again. Nothing was imported.</translation>
    </message>
    <message>
      <source>Row {row} of {name} is not valid CSV (a quote is not closed, or a stray character). Nothing was imported.</source>
      <translation>Row {row} of {name} is not valid CSV (a quote is not closed, or a stray character). Nothing was imported.</translation>
    </message>
    <message>
      <source>Row {row}, column {column} ({header}): {problem}</source>
      <translation>Row {row}, column {column} ({header}): {problem}</translation>
    </message>
    <message>
      <source>Say in a few words what was done about the finding (at least 10 characters).</source>
      <translation>Say in a few words what was done about the finding (at least 10 characters).</translation>
    </message>
    <message>
      <source>Sealing these calls needs a second person's approval: request {number} waits for it ('hotline approvals approve {number}' by another administrator or a supervisor). Then run the same command again. Nothing was sealed yet.</source>
      <translation>Sealing these calls needs a second person's approval: request {number} waits for it ('hotline approvals approve {number}' by another administrator or a supervisor). Then run the same command again. Nothing was sealed yet.</translation>
    </message>
    <message>
      <source>Searching the notes needs a supervisor's key; this session cannot open the notes' index. Nothing was searched.</source>
      <translation>Searching the notes needs a supervisor's key; this session cannot open the notes' index. Nothing was searched.</translation>
    </message>
    <message>
      <source>Sign in as an administrator to restore: a backup is opened with the password its user had when it was written.</source>
      <translation>Sign in as an administrator to restore: a backup is opened with the password its user had when it was written.</translation>
    </message>
    <message>
      <source>The account in the server's address may not create the centre's roles and schema (a PostgreSQL superuser is needed for 'hotline init --server'); nothing was created.</source>
      <translation>The account in the server's address may not create the centre's roles and schema (a PostgreSQL superuser is needed for 'hotline init --server'); nothing was created.</translation>
    </message>
    <message>
      <source>The approval of request {id} was used already; an approval serves once.</source>
      <translation>The approval of request {id} was used already; an approval serves once.</translation>
    </message>
    <message>
      <source>The backup folder {path} cannot be written to (it is read-only, or this user may not write there). Choose another folder. No backup was written.</source>
      <translation>The backup folder {path} cannot be written to (it is read-only, or this user may not write there). Choose another folder. No backup was written.</translation>
    </message>
    <message>
      <source>The backup folder {path} has too little free space ({free} MB free, about {needed} MB needed). Free some space or choose another folder; older backups were kept. No backup was written.</source>
      <translation>The backup folder {path} has too little free space ({free} MB free, about {needed} MB needed). Free some space or choose another folder; older backups were kept. No backup was written.</translation>
    </message>
    <message>
      <source>The backup folder {path} is not there: plug in the backup drive or connect the network share, or choose another folder. No backup was written.</source>
      <translation>The backup folder {path} is not there: plug in the backup drive or connect the network share, or choose another folder. No backup was written.</translation>
    </message>
    <message>
      <source>The backup register {path} was changed outside the program or is damaged (line {line}: {reason}).</source>
      <translation>The backup register {path} was changed outside the program or is damaged (line {line}: {reason}).</translation>
    </message>
    <message>
      <source>The backup was cancelled: no file of it was kept and none is counted.</source>
      <translation>The backup was cancelled: no file of it was kept and none is counted.</translation>
    </message>
    <message>
      <source>The backup {path} is not usable ({reason}). Nothing was changed.</source>
      <translation>The backup {path} is not usable ({reason}). Nothing was changed.</translation>
    </message>
    <message>
      <source>The call cannot be saved yet: {problems}</source>
      <translation>The call cannot be saved yet: {problems}</translation>
    </message>
    <message>
      <source>The calls kept on this computer in {path} do not open with this person's key (the file is another person's, or damaged). It was left untouched.</source>
      <translation>The calls kept on this computer in {path} do not open with this person's key (the file is another person's, or damaged). It was left untouched.</translation>
    </message>
    <message>
      <source>The centre's audit log on the server ends at entry {last}, but this workstation saw it reach entry {seen}: entries were removed from the log on the server. Nothing more was written to it. Tell the centre's administrator.</source>
      <translation>The centre's audit log on the server ends at entry {last}, but this workstation saw it reach entry {seen}: entries were removed from the log on the server. Nothing more was written to it. Tell the centre's administrator.</translation>
    </message>
    <message>
      <source>The centre's public keys on the server are not the ones its first entry, signed when the centre was set up, names: someone changed them on the server. Nothing was sealed to them and nothing was sent. Tell the centre's administrator.</source>
      <translation>The centre's public keys on the server are not the ones its first entry, signed when the centre was set up, names: someone changed them on the server. Nothing was sealed to them and nothing was sent. Tell the centre's administrator.</translation>
    </message>
    <message>
      <source>The centre's record of {name} is not signed by an administrator of the centre (changed on the server?); nothing was done. Run 'hotline verify' and tell the administrators.</source>
      <translation>The centre's record of {name} is not signed by an administrator of the centre (changed on the server?); nothing was done. Run 'hotline verify' and tell the administrators.</translation>
    </message>
    <message>
      <source>The centre's referral directory on its server holds an entry that cannot be read ({reason}): it was changed around the desk. Nothing was changed; the Desk check names it, and an administrator restores it from a backup of the centre.</source>
      <translation>The centre's referral directory on its server holds an entry that cannot be read ({reason}): it was changed around the desk. Nothing was changed; the Desk check names it, and an administrator restores it from a backup of the centre.</translation>
    </message>
    <message>
      <source>The centre's server cannot be reached ({reason}), and this command needs it. To take calls meanwhile, start the window ('hotline') and sign in offline: the calls are kept on this computer and sent when the server is back.</source>
      <translation>The centre's server cannot be reached ({reason}), and this command needs it. To take calls meanwhile, start the window ('hotline') and sign in offline: the calls are kept on this computer and sent when the server is back.</translation>
    </message>
    <message>
      <source>The centre's server could not be reached or refused the connection ({reason}). Check its address, the password and that it is running.</source>
      <translation>The centre's server could not be reached or refused the connection ({reason}). Check its address, the password and that it is running.</translation>
    </message>
    <message>
      <source>The centre's server has schema version {server}, and this hotline knows only {known}: install the newer hotline on this computer. Nothing was changed.</source>
      <translation>The centre's server has schema version {server}, and this hotline knows only {known}: install the newer hotline on this computer. Nothing was changed.</translation>
    </message>
    <message>
      <source>The centre's server has schema version {server}, older than this hotline's {known}: the centre's owner runs 'hotline server upgrade --server URL' (with the server's superuser, as at init). Nothing was changed.</source>
      <translation>The centre's server has schema version {server}, older than this hotline's {known}: the centre's owner runs 'hotline server upgrade --server URL' (with the server's superuser, as at init). Nothing was changed.</translation>
    </message>
    <message>
      <source>The centre's server is back, but your account there was changed since this computer's copy of the centre's keys was made (disabled, or other roles): nothing is sent from this offline session. The calls you saved stay kept on this computer; sign in again, or ask an administrator.</source>
      <translation>The centre's server is back, but your account there was changed since this computer's copy of the centre's keys was made (disabled, or other roles): nothing is sent from this offline session. The calls you saved stay kept on this computer; sign in again, or ask an administrator.</translation>
    </message>
    <message>
      <source>The centre's server no longer lets you in (your account was disabled, or your password was changed since you signed in): your session has ended. The calls you saved and this workstation has not sent yet stay kept in its outbox; sign in again, or ask an administrator.</source>
      <translation>The centre's server no longer lets you in (your account was disabled, or your password was changed since you signed in): your session has ended. The calls you saved and this workstation has not sent yet stay kept in its outbox; sign in again, or ask an administrator.</translation>
    </message>
    <message>
      <source>The centre's server refused this workstation (it was removed from the centre, or its secret changed). Join the centre again with a new enrolment code.</source>
      <translation>The centre's server refused this workstation (it was removed from the centre, or its secret changed). Join the centre again with a new enrolment code.</translation>
    </message>
    <message>
      <source>The data file {name} that came with the program is damaged ({reason}). Nothing was changed; reinstall the program.</source>
      <translation>The data file {name} that came with the program is damaged ({reason}). Nothing was changed; reinstall the program.</translation>
    </message>
    <message>
      <source>The database could not be written ({reason}). Nothing was saved by this step, and everything saved before is kept.</source>
      <translation>The database could not be written ({reason}). Nothing was saved by this step, and everything saved before is kept.</translation>
    </message>
    <message>
      <source>The database could not be written to the disk: the disk may be full or the file too large. Nothing was saved by this step, and everything saved before is kept. Free some space and save again.</source>
      <translation>The database could not be written to the disk: the disk may be full or the file too large. Nothing was saved by this step, and everything saved before is kept. Free some space and save again.</translation>
    </message>
    <message>
      <source>The database {database} already exists on the server; a centre is restored only into a new database. Nothing was changed.</source>
      <translation>The database {database} already exists on the server; a centre is restored only into a new database. Nothing was changed.</translation>
    </message>
    <message>
      <source>The database {database} already holds a centre; it was left as it is.</source>
      <translation>The database {database} already holds a centre; it was left as it is.</translation>
    </message>
    <message>
      <source>The database {database} holds no centre (no key file); nothing was done.</source>
      <translation>The database {database} holds no centre (no key file); nothing was done.</translation>
    </message>
    <message>
      <source>The database {database} holds no centre; there is nothing to upgrade.</source>
      <translation>The database {database} holds no centre; there is nothing to upgrade.</translation>
    </message>
    <message>
      <source>The database {path} is missing, though the desk's key file {key_file} is there. The desk cannot be opened without it, and no new desk is set up over its key file; restore the database from the backup made with the key file.</source>
      <translation>The database {path} is missing, though the desk's key file {key_file} is there. The desk cannot be opened without it, and no new desk is set up over its key file; restore the database from the backup made with the key file.</translation>
    </message>
    <message>
      <source>The date of the decision must be a real date, not in the future (year-month-day, e.g. 2026-11-30). Nothing was sealed.</source>
      <translation>The date of the decision must be a real date, not in the future (year-month-day, e.g. 2026-11-30). Nothing was sealed.</translation>
    </message>
    <message>
      <source>The decision number is longer than {limit} characters: type the number only, nothing about the case. Nothing was sealed.</source>
      <translation>The decision number is longer than {limit} characters: type the number only, nothing about the case. Nothing was sealed.</translation>
    </message>
    <message>
      <source>The desk could not do that.</source>
      <translation>The desk could not do that.</translation>
    </message>
    <message>
      <source>The desk in {path} is already open in another copy of the program (process {pid}). Close that copy first.</source>
      <translation>The desk in {path} is already open in another copy of the program (process {pid}). Close that copy first.</translation>
    </message>
    <message>
      <source>The desk in {path} is open in another process ({pid}): the window with a user signed in, or another command. This command does not open it beside the window. {how} Or sign out of the window and run the command again.</source>
      <translation>The desk in {path} is open in another process ({pid}): the window with a user signed in, or another command. This command does not open it beside the window. {how} Or sign out of the window and run the command again.</translation>
    </message>
    <message>
      <source>The desk's database {path} is damaged or was changed outside the program ({reason}). It was left untouched; restore it from a backup.</source>
      <translation>The desk's database {path} is damaged or was changed outside the program ({reason}). It was left untouched; restore it from a backup.</translation>
    </message>
    <message>
      <source>The entry cannot be saved yet: {problems}</source>
      <translation>The entry cannot be saved yet: {problems}</translation>
    </message>
    <message>
      <source>The file could not be written to {path} ({reason}); choose another folder.</source>
      <translation>The file could not be written to {path} ({reason}); choose another folder.</translation>
    </message>
    <message>
      <source>The file {path} could not be written ({reason}). What was saved before is kept; free some space on the disk and try again.</source>
      <translation>The file {path} could not be written ({reason}). What was saved before is kept; free some space on the disk and try again.</translation>
    </message>
    <message>
      <source>The file {path} is not an encrypted desk ({reason}). It was left untouched; restore the desk from a backup.</source>
      <translation>The file {path} is not an encrypted desk ({reason}). It was left untouched; restore the desk from a backup.</translation>
    </message>
    <message>
      <source>The first row of {name} must hold one header per column, but column {column} has none (a merged cell, or a title above the header). Put every header in the first row, each in its own cell, and try again. Nothing was imported.</source>
      <translation>The first row of {name} must hold one header per column, but column {column} has none (a merged cell, or a title above the header). Put every header in the first row, each in its own cell, and try again. Nothing was imported.</translation>
    </message>
    <message>
      <source>The import stopped: the centre's server was lost or refused {kept} calls, kept on this workstation and sent when it takes them; {stored} of the file's {total} calls are on the centre. Import the same file again later: the calls already there are not stored twice.</source>
      <translation>The import stopped: the centre's server was lost or refused {kept} calls, kept on this workstation and sent when it takes them; {stored} of the file's {total} calls are on the centre. Import the same file again later: the calls already there are not stored twice.</translation>
    </message>
    <message>
      <source>The import was cancelled: {stored} of the file's {total} calls are on the centre. Import the same file again to store the rest; the calls already there are not stored twice.</source>
      <translation>The import was cancelled: {stored} of the file's {total} calls are on the centre. Import the same file again to store the rest; the calls already there are not stored twice.</translation>
    </message>
    <message>
      <source>The import was cancelled; nothing was imported.</source>
      <translation>The import was cancelled; nothing was imported.</translation>
    </message>
    <message>
      <source>The key card could not be written to {path} ({reason}); nothing was written.</source>
      <translation>The key card could not be written to {path} ({reason}); nothing was written.</translation>
    </message>
    <message>
      <source>The key file {key_file} does not belong to the database {path}: it is another desk's key file, or the database was replaced by another desk's. Both were left untouched; put back the key file that was backed up with this database.</source>
      <translation>The key file {key_file} does not belong to the database {path}: it is another desk's key file, or the database was replaced by another desk's. Both were left untouched; put back the key file that was backed up with this database.</translation>
    </message>
    <message>
      <source>The key file {path} is damaged or was changed ({reason}). It was left untouched; restore it from a backup.</source>
      <translation>The key file {path} is damaged or was changed ({reason}). It was left untouched; restore it from a backup.</translation>
    </message>
    <message>
      <source>The key file {path} is missing. Without it the desk cannot be opened; restore it from the backup made with the database.</source>
      <translation>The key file {path} is missing. Without it the desk cannot be opened; restore it from the backup made with the database.</translation>
    </message>
    <message>
      <source>The key file {path} was changed outside the program: its desk id, user names or settings no longer match its check. It was left untouched and no failed sign-in was counted; restore it from a backup.</source>
      <translation>The key file {path} was changed outside the program: its desk id, user names or settings no longer match its check. It was left untouched and no failed sign-in was counted; restore it from a backup.</translation>
    </message>
    <message>
      <source>The key file {path} was changed: the key derivation cost of the slot of {name} (memory {memory} KiB, passes {passes}) is below the desk's floor (memory {floor_memory} KiB, passes {floor_passes}). It was left untouched and no failed sign-in was counted; restore it from a backup.</source>
      <translation>The key file {path} was changed: the key derivation cost of the slot of {name} (memory {memory} KiB, passes {passes}) is below the desk's floor (memory {floor_memory} KiB, passes {floor_passes}). It was left untouched and no failed sign-in was counted; restore it from a backup.</translation>
    </message>
    <message>
      <source>The password is not accepted: {problem}</source>
      <translation>The password is not accepted: {problem}</translation>
    </message>
    <message>
      <source>The person who approved request {id} no longer holds a role that may approve it; make a new request.</source>
      <translation>The person who approved request {id} no longer holds a role that may approve it; make a new request.</translation>
    </message>
    <message>
      <source>The restored copy holds {found} calls where the backup register says {expected}; it was dropped again. The backup file may have been changed.</source>
      <translation>The restored copy holds {found} calls where the backup register says {expected}; it was dropped again. The backup file may have been changed.</translation>
    </message>
    <message>
      <source>The same rows were already imported on {date}; importing them again would store every call twice. Nothing was imported.</source>
      <translation>The same rows were already imported on {date}; importing them again would store every call twice. Nothing was imported.</translation>
    </message>
    <message>
      <source>The seal register {path} cannot be read (line {line}). Nothing was changed; restore the file from a copy before continuing.</source>
      <translation>The seal register {path} cannot be read (line {line}). Nothing was changed; restore the file from a copy before continuing.</translation>
    </message>
    <message>
      <source>The server already has roles named {roles} (left by an earlier centre in a database of this name?). Drop them, or use a database of another name; nothing was created.</source>
      <translation>The server already has roles named {roles} (left by an earlier centre in a database of this name?). Drop them, or use a database of another name; nothing was created.</translation>
    </message>
    <message>
      <source>The server did not accept this enrolment code: it is not the one the administrator gave, or it was withdrawn. Ask an administrator for a new code; nothing was written.</source>
      <translation>The server did not accept this enrolment code: it is not the one the administrator gave, or it was withdrawn. Ask an administrator for a new code; nothing was written.</translation>
    </message>
    <message>
      <source>The server does not offer TLS; a workstation does not connect to it.</source>
      <translation>The server does not offer TLS; a workstation does not connect to it.</translation>
    </message>
    <message>
      <source>The server refused it ({reason}); nothing was changed on it.</source>
      <translation>The server refused it ({reason}); nothing was changed on it.</translation>
    </message>
    <message>
      <source>The server refused step {step} of the centre's schema ({reason}); that step was undone whole and the centre stays at schema version {version}.</source>
      <translation>The server refused step {step} of the centre's schema ({reason}); that step was undone whole and the centre stays at schema version {version}.</translation>
    </message>
    <message>
      <source>The server refused this review step for call {call}; nothing was changed.</source>
      <translation>The server refused this review step for call {call}; nothing was changed.</translation>
    </message>
    <message>
      <source>The server showed a certificate with another fingerprint than the one given ({shown}). Nothing was sent to it: check the fingerprint with the administrator.</source>
      <translation>The server showed a certificate with another fingerprint than the one given ({shown}). Nothing was sent to it: check the fingerprint with the administrator.</translation>
    </message>
    <message>
      <source>The server's address must ask for a verified TLS connection (sslmode=verify-full and sslrootcert=&lt;the server's certificate&gt;); nothing was sent.</source>
      <translation>The server's address must ask for a verified TLS connection (sslmode=verify-full and sslrootcert=&lt;the server's certificate&gt;); nothing was sent.</translation>
    </message>
    <message>
      <source>The server's address {address} is not HOST:PORT/DATABASE (for example 10.0.0.5:5432/centre152); nothing was written.</source>
      <translation>The server's address {address} is not HOST:PORT/DATABASE (for example 10.0.0.5:5432/centre152); nothing was written.</translation>
    </message>
    <message>
      <source>The user name or the password is wrong.</source>
      <translation>The user name or the password is wrong.</translation>
    </message>
    <message>
      <source>The user name {name} cannot be told apart from the user name {other} the desk already has (letters that look alike, letter case and the dot of İ set aside). Choose a name that cannot be mistaken for it.</source>
      <translation>The user name {name} cannot be told apart from the user name {other} the desk already has (letters that look alike, letter case and the dot of İ set aside). Choose a name that cannot be mistaken for it.</translation>
    </message>
    <message>
      <source>The user name {name} mixes letters of different alphabets ({alphabets}). Use the letters of one alphabet, so that it cannot be mistaken for another name.</source>
      <translation>The user name {name} mixes letters of different alphabets ({alphabets}). Use the letters of one alphabet, so that it cannot be mistaken for another name.</translation>
    </message>
    <message>
      <source>The window also writes the daily backup by itself, in any user's session, into the folder chosen there, and one at each administrator's sign-out.</source>
      <translation>The window also writes the daily backup by itself, in any user's session, into the folder chosen there, and one at each administrator's sign-out.</translation>
    </message>
    <message>
      <source>The witness {path} is neither a backup nor an export manifest of this desk ({reason}). Nothing was checked against it.</source>
      <translation>The witness {path} is neither a backup nor an export manifest of this desk ({reason}). Nothing was checked against it.</translation>
    </message>
    <message>
      <source>The workstation's file {path} cannot be read ({reason}). Join the centre again with 'hotline join'.</source>
      <translation>The workstation's file {path} cannot be read ({reason}). Join the centre again with 'hotline join'.</translation>
    </message>
    <message>
      <source>There is no active user named {name}.</source>
      <translation>There is no active user named {name}.</translation>
    </message>
    <message>
      <source>There is no desk in {path}. Set one up first with 'hotline init'.</source>
      <translation>There is no desk in {path}. Set one up first with 'hotline init'.</translation>
    </message>
    <message>
      <source>There is no enrolled workstation {number} in use on this centre (see 'hotline server workstations'); nothing was changed.</source>
      <translation>There is no enrolled workstation {number} in use on this centre (see 'hotline server workstations'); nothing was changed.</translation>
    </message>
    <message>
      <source>There is no legal hold number {ident} in place.</source>
      <translation>There is no legal hold number {ident} in place.</translation>
    </message>
    <message>
      <source>There is no request {id} for this act.</source>
      <translation>There is no request {id} for this act.</translation>
    </message>
    <message>
      <source>This centre was set up before callers' pseudonyms were kept only in a keyed form on the server, and it has not been converted yet: nothing was done. An administrator must run the centre's upgrade first.</source>
      <translation>This centre was set up before callers' pseudonyms were kept only in a keyed form on the server, and it has not been converted yet: nothing was done. An administrator must run the centre's upgrade first.</translation>
    </message>
    <message>
      <source>This command does not work on a centre yet: {command}.</source>
      <translation>This command does not work on a centre yet: {command}.</translation>
    </message>
    <message>
      <source>This computer holds no copy of the centre's keys yet: signing in offline works only on a workstation where someone signed in online before. Wait for the server, or use a workstation where you signed in before.</source>
      <translation>This computer holds no copy of the centre's keys yet: signing in offline works only on a workstation where someone signed in online before. Wait for the server, or use a workstation where you signed in before.</translation>
    </message>
    <message>
      <source>This computer's copy of the centre's keys says it was made on {saved} (UTC), later than this computer's clock says it is now: the clock was set back. Signing in offline is refused until this workstation reaches the server once; check the computer's date and time and tell an administrator.</source>
      <translation>This computer's copy of the centre's keys says it was made on {saved} (UTC), later than this computer's clock says it is now: the clock was set back. Signing in offline is refused until this workstation reaches the server once; check the computer's date and time and tell an administrator.</translation>
    </message>
    <message>
      <source>This computer's copy of the centre's keys was changed or damaged ({path}); it is not used. Sign in when the server can be reached (that writes a fresh copy), and tell an administrator.</source>
      <translation>This computer's copy of the centre's keys was changed or damaged ({path}); it is not used. Sign in when the server can be reached (that writes a fresh copy), and tell an administrator.</translation>
    </message>
    <message>
      <source>This computer's copy of the centre's keys was made on {saved} (UTC), more than {days} days ago, and the centre allows signing in offline only from a copy at most {days} days old. This workstation must reach the server once (anyone signing in here online makes a fresh copy); until then wait for the server or use another workstation.</source>
      <translation>This computer's copy of the centre's keys was made on {saved} (UTC), more than {days} days ago, and the centre allows signing in offline only from a copy at most {days} days old. This workstation must reach the server once (anyone signing in here online makes a fresh copy); until then wait for the server or use another workstation.</translation>
    </message>
    <message>
      <source>This desk is bound to the keychain of the machine it was set up on, and the keychain here does not hold its secret. Sign in with the recovery code, or use the machine the desk belongs to.</source>
      <translation>This desk is bound to the keychain of the machine it was set up on, and the keychain here does not hold its secret. Sign in with the recovery code, or use the machine the desk belongs to.</translation>
    </message>
    <message>
      <source>This desk was written by a newer version of the program (schema {found}, this program knows {known}). Install the newer version; the desk was not changed.</source>
      <translation>This desk was written by a newer version of the program (schema {found}, this program knows {known}). Install the newer version; the desk was not changed.</translation>
    </message>
    <message>
      <source>This enrolment code has expired. Ask an administrator for a new code; nothing was written.</source>
      <translation>This enrolment code has expired. Ask an administrator for a new code; nothing was written.</translation>
    </message>
    <message>
      <source>This enrolment code was already used: a code serves one workstation once. Ask an administrator for a new code; nothing was written.</source>
      <translation>This enrolment code was already used: a code serves one workstation once. Ask an administrator for a new code; nothing was written.</translation>
    </message>
    <message>
      <source>This filter is not available on a centre yet; the others are.</source>
      <translation>This filter is not available on a centre yet; the others are.</translation>
    </message>
    <message>
      <source>This is not an enrolment code as an administrator gives it (NUMBER-XXXXX-XXXXX): check it for a mistyped character. Nothing was sent or written.</source>
      <translation>This is not an enrolment code as an administrator gives it (NUMBER-XXXXX-XXXXX): check it for a mistyped character. Nothing was sent or written.</translation>
    </message>
    <message>
      <source>This is not available on a centre yet; nothing was changed.</source>
      <translation>This is not available on a centre yet; nothing was changed.</translation>
    </message>
    <message>
      <source>This needs a second person's approval: request it, then another administrator or a supervisor approves it in their own session (Approvals), and you carry it out.</source>
      <translation>This needs a second person's approval: request it, then another administrator or a supervisor approves it in their own session (Approvals), and you carry it out.</translation>
    </message>
    <message>
      <source>This task's call is still kept on this computer, not yet on the centre's server: it can be recorded as done once the server has it. Nothing was changed.</source>
      <translation>This task's call is still kept on this computer, not yet on the centre's server: it can be recorded as done once the server has it. Nothing was changed.</translation>
    </message>
    <message>
      <source>This workstation has already joined a centre (its file {path}); it was left as it is.</source>
      <translation>This workstation has already joined a centre (its file {path}); it was left as it is.</translation>
    </message>
    <message>
      <source>This workstation has not joined a centre ({path}). Join one with 'hotline join ADDRESS --fingerprint SHA256:... --code CODE' (an administrator gives the code).</source>
      <translation>This workstation has not joined a centre ({path}). Join one with 'hotline join ADDRESS --fingerprint SHA256:... --code CODE' (an administrator gives the code).</translation>
    </message>
    <message>
      <source>This workstation's record of the centre's audit log ({path}) is damaged or belongs to another centre; the server's log was not checked against it. It was left as it is.</source>
      <translation>This workstation's record of the centre's audit log ({path}) is damaged or belongs to another centre; the server's log was not checked against it. It was left as it is.</translation>
    </message>
    <message>
      <source>This workstation's record of the centre's audit log ({path}) was changed or replaced by someone: its seal is not this person's on this workstation. The server's log was not checked against it and nothing was written. Tell the centre's administrator.</source>
      <translation>This workstation's record of the centre's audit log ({path}) was changed or replaced by someone: its seal is not this person's on this workstation. The server's log was not checked against it and nothing was written. Tell the centre's administrator.</translation>
    </message>
    <message>
      <source>This workstation's secret is missing from {where}, so it cannot reach the centre. Join the centre again with a new enrolment code.</source>
      <translation>This workstation's secret is missing from {where}, so it cannot reach the centre. Join the centre again with a new enrolment code.</translation>
    </message>
    <message>
      <source>Too many failed attempts. Try again in {seconds} seconds.</source>
      <translation>Too many failed attempts. Try again in {seconds} seconds.</translation>
    </message>
    <message>
      <source>Type the number of the decision (as written on it). Nothing was sealed.</source>
      <translation>Type the number of the decision (as written on it). Nothing was sealed.</translation>
    </message>
    <message>
      <source>Workstation {number} is the one you are signed in on: remove it from another administrator's workstation. Nothing was changed.</source>
      <translation>Workstation {number} is the one you are signed in on: remove it from another administrator's workstation. Nothing was changed.</translation>
    </message>
    <message>
      <source>You made request {id} yourself: a second person must approve it.</source>
      <translation>You made request {id} yourself: a second person must approve it.</translation>
    </message>
    <message>
      <source>Your key slot on the centre was changed since you signed in (an administrator gave you a new password?); nothing was changed. Sign in again and retry.</source>
      <translation>Your key slot on the centre was changed since you signed in (an administrator gave you a new password?); nothing was changed. Sign in again and retry.</translation>
    </message>
    <message>
      <source>Your role does not allow this: {action}.</source>
      <translation>Your role does not allow this: {action}.</translation>
    </message>
    <message>
      <source>Your roles cannot approve request {id}; an administrator or a supervisor can.</source>
      <translation>Your roles cannot approve request {id}; an administrator or a supervisor can.</translation>
    </message>
    <message>
      <source>a code lives from 1 to 168 hours (a week)</source>
      <translation>a code lives from 1 to 168 hours (a week)</translation>
    </message>
    <message>
      <source>a user with this name already exists.</source>
      <translation>a user with this name already exists.</translation>
    </message>
    <message>
      <source>a value that is not mapped yet: map it or reject it</source>
      <translation>a value that is not mapped yet: map it or reject it</translation>
    </message>
    <message>
      <source>a value that was rejected</source>
      <translation>a value that was rejected</translation>
    </message>
    <message>
      <source>an operator corrects their own call within 24 hours; ask a supervisor to correct this one.</source>
      <translation>an operator corrects their own call within 24 hours; ask a supervisor to correct this one.</translation>
    </message>
    <message>
      <source>another supervisor is reviewing this call; try again later.</source>
      <translation>another supervisor is reviewing this call; try again later.</translation>
    </message>
    <message>
      <source>approved, not carried out yet</source>
      <translation>approved, not carried out yet</translation>
    </message>
    <message>
      <source>carried out</source>
      <translation>carried out</translation>
    </message>
    <message>
      <source>check the mapping above (--show-mapping), then import with --yes</source>
      <translation>check the mapping above (--show-mapping), then import with --yes</translation>
    </message>
    <message>
      <source>choose a due date.</source>
      <translation>choose a due date.</translation>
    </message>
    <message>
      <source>choose an active operator who took the contact.</source>
      <translation>choose an active operator who took the contact.</translation>
    </message>
    <message>
      <source>expired</source>
      <translation>expired</translation>
    </message>
    <message>
      <source>give a date as YYYY-MM-DD</source>
      <translation>give a date as YYYY-MM-DD</translation>
    </message>
    <message>
      <source>give a file, or --template</source>
      <translation>give a file, or --template</translation>
    </message>
    <message>
      <source>give the filter a name.</source>
      <translation>give the filter a name.</translation>
    </message>
    <message>
      <source>give the number of the workstation to remove, as 'hotline server workstations' lists it</source>
      <translation>give the number of the workstation to remove, as 'hotline server workstations' lists it</translation>
    </message>
    <message>
      <source>give {options}</source>
      <translation>give {options}</translation>
    </message>
    <message>
      <source>it contains the user name.</source>
      <translation>it contains the user name.</translation>
    </message>
    <message>
      <source>it is a repeated or sequential pattern.</source>
      <translation>it is a repeated or sequential pattern.</translation>
    </message>
    <message>
      <source>it is one of the commonest passwords.</source>
      <translation>it is one of the commonest passwords.</translation>
    </message>
    <message>
      <source>it must have at least 15 characters.</source>
      <translation>it must have at least 15 characters.</translation>
    </message>
    <message>
      <source>it must have at most 256 characters.</source>
      <translation>it must have at most 256 characters.</translation>
    </message>
    <message>
      <source>must be positive</source>
      <translation>must be positive</translation>
    </message>
    <message>
      <source>neither yes nor no</source>
      <translation>neither yes nor no</translation>
    </message>
    <message>
      <source>no caller with this pseudonym; check the spelling with the caller.</source>
      <translation>no caller with this pseudonym; check the spelling with the caller.</translation>
    </message>
    <message>
      <source>no column of the file has this header</source>
      <translation>no column of the file has this header</translation>
    </message>
    <message>
      <source>no operator: map the name to a user of the desk, or choose one for such rows</source>
      <translation>no operator: map the name to a user of the desk, or choose one for such rows</translation>
    </message>
    <message>
      <source>no user of the desk has this name</source>
      <translation>no user of the desk has this name</translation>
    </message>
    <message>
      <source>not a coded field</source>
      <translation>not a coded field</translation>
    </message>
    <message>
      <source>not a date; write it as 01.03.2024, 2024-03-01 or 01.03.2024 14:30</source>
      <translation>not a date; write it as 01.03.2024, 2024-03-01 or 01.03.2024 14:30</translation>
    </message>
    <message>
      <source>not a duration; write seconds (420) or minutes (7:00)</source>
      <translation>not a duration; write seconds (420) or minutes (7:00)</translation>
    </message>
    <message>
      <source>not a field a column may fill (hotline import --help)</source>
      <translation>not a field a column may fill (hotline import --help)</translation>
    </message>
    <message>
      <source>not a time of day; write it as 14:30</source>
      <translation>not a time of day; write it as 14:30</translation>
    </message>
    <message>
      <source>not an id of the field's list</source>
      <translation>not an id of the field's list</translation>
    </message>
    <message>
      <source>on a centre, a hold is placed on a call</source>
      <translation>on a centre, a hold is placed on a call</translation>
    </message>
    <message>
      <source>on a centre, choose the calls by --call or --pseudonym</source>
      <translation>on a centre, choose the calls by --call or --pseudonym</translation>
    </message>
    <message>
      <source>only contacts taken outside the desk (walk-in, e-mail or letter, message, referral) are entered on behalf of an operator.</source>
      <translation>only contacts taken outside the desk (walk-in, e-mail or letter, message, referral) are entered on behalf of an operator.</translation>
    </message>
    <message>
      <source>only the assignee or a supervisor can close it.</source>
      <translation>only the assignee or a supervisor can close it.</translation>
    </message>
    <message>
      <source>only the operator who took the call can correct it.</source>
      <translation>only the operator who took the call can correct it.</translation>
    </message>
    <message>
      <source>only your own last call without content can be undone, within a minute.</source>
      <translation>only your own last call without content can be undone, within a minute.</translation>
    </message>
    <message>
      <source>record how the report was made (date, reference) before closing it.</source>
      <translation>record how the report was made (date, reference) before closing it.</translation>
    </message>
    <message>
      <source>refused</source>
      <translation>refused</translation>
    </message>
    <message>
      <source>standard input ended early</source>
      <translation>standard input ended early</translation>
    </message>
    <message>
      <source>that is the key's fingerprint, not the key: give the key itself (the line above the fingerprint on the desk's key card)</source>
      <translation>that is the key's fingerprint, not the key: give the key itself (the line above the fingerprint on the desk's key card)</translation>
    </message>
    <message>
      <source>the date of the call is missing</source>
      <translation>the date of the call is missing</translation>
    </message>
    <message>
      <source>the file is not there</source>
      <translation>the file is not there</translation>
    </message>
    <message>
      <source>the file's SHA-256 is not the one recorded</source>
      <translation>the file's SHA-256 is not the one recorded</translation>
    </message>
    <message>
      <source>the key is not base64 text: give the key as the desk's key card shows it (44 characters, the last one '=')</source>
      <translation>the key is not base64 text: give the key as the desk's key card shows it (44 characters, the last one '=')</translation>
    </message>
    <message>
      <source>the new value is the same as the old one.</source>
      <translation>the new value is the same as the old one.</translation>
    </message>
    <message>
      <source>the period must start before it ends (YYYY-MM).</source>
      <translation>the period must start before it ends (YYYY-MM).</translation>
    </message>
    <message>
      <source>the two entries differ</source>
      <translation>the two entries differ</translation>
    </message>
    <message>
      <source>this call has already been reviewed.</source>
      <translation>this call has already been reviewed.</translation>
    </message>
    <message>
      <source>this call has been reviewed by a supervisor and can no longer be corrected.</source>
      <translation>this call has been reviewed by a supervisor and can no longer be corrected.</translation>
    </message>
    <message>
      <source>this field cannot be corrected here.</source>
      <translation>this field cannot be corrected here.</translation>
    </message>
    <message>
      <source>this is not an export key: the desk's key is 32 bytes (44 characters of base64 on its key card), this one is {size} bytes</source>
      <translation>this is not an export key: the desk's key is 32 bytes (44 characters of base64 on its key card), this one is {size} bytes</translation>
    </message>
    <message>
      <source>this is the last active administrator; add another one first.</source>
      <translation>this is the last active administrator; add another one first.</translation>
    </message>
    <message>
      <source>this task is already done.</source>
      <translation>this task is already done.</translation>
    </message>
    <message>
      <source>type a comment for the operator.</source>
      <translation>type a comment for the operator.</translation>
    </message>
    <message>
      <source>type the comment.</source>
      <translation>type the comment.</translation>
    </message>
    <message>
      <source>type the reason for reading the identity details.</source>
      <translation>type the reason for reading the identity details.</translation>
    </message>
    <message>
      <source>type the reason for the correction.</source>
      <translation>type the reason for the correction.</translation>
    </message>
    <message>
      <source>use 2 to 40 letters, digits, dots, dashes or underscores.</source>
      <translation>use 2 to 40 letters, digits, dots, dashes or underscores.</translation>
    </message>
    <message>
      <source>waiting for approval</source>
      <translation>waiting for approval</translation>
    </message>
    <message>
      <source>withdrawn</source>
      <translation>withdrawn</translation>
    </message>
    <message>
      <source>write it as FIELD:TEXT=ID</source>
      <translation>write it as FIELD:TEXT=ID</translation>
    </message>
    <message>
      <source>you cannot disable your own account.</source>
      <translation>you cannot disable your own account.</translation>
    </message>
    <message>
      <source>{count} problems in {name}; nothing was imported. The first: {first}</source>
      <translation>{count} problems in {name}; nothing was imported. The first: {first}</translation>
    </message>
    <message>
      <source>{field}: {problem}</source>
      <translation>{field}: {problem}</translation>
    </message>
    <message>
      <source>{name} could not be opened ({reason}).</source>
      <translation>{name} could not be opened ({reason}).</translation>
    </message>
    <message>
      <source>{name} could not be read as a workbook: it may be damaged. Nothing was imported.</source>
      <translation>{name} could not be read as a workbook: it may be damaged. Nothing was imported.</translation>
    </message>
    <message>
      <source>{name} has more than {limit} rows: split it into smaller files. Nothing was imported.</source>
      <translation>{name} has more than {limit} rows: split it into smaller files. Nothing was imported.</translation>
    </message>
    <message>
      <source>{name} has no calls to import: a header row and at least one row below it are needed. Nothing was imported.</source>
      <translation>{name} has no calls to import: a header row and at least one row below it are needed. Nothing was imported.</translation>
    </message>
    <message>
      <source>{name} is larger than {limit} MB: split it into smaller files. Nothing was imported.</source>
      <translation>{name} is larger than {limit} MB: split it into smaller files. Nothing was imported.</translation>
    </message>
    <message>
      <source>{name} is not a CSV or XLSX spreadsheet. Save the old log as CSV (UTF-8) or as an Excel workbook (.xlsx) and try again. Nothing was imported.</source>
      <translation>{name} is not a CSV or XLSX spreadsheet. Save the old log as CSV (UTF-8) or as an Excel workbook (.xlsx) and try again. Nothing was imported.</translation>
    </message>
    <message>
      <source>{name} is protected with a password, or is an old Excel file (.xls). Open it in Excel, remove the password, save it as an .xlsx workbook and try again. Nothing was imported.</source>
      <translation>{name} is protected with a password, or is an old Excel file (.xls). Open it in Excel, remove the password, save it as an .xlsx workbook and try again. Nothing was imported.</translation>
    </message>
    <message>
      <source>{path} is already there; a backup never replaces a file. Choose another name.</source>
      <translation>{path} is already there; a backup never replaces a file. Choose another name.</translation>
    </message>
    <message>
      <source>{path} is not a backup of a centre (a pg_dump file in custom format); nothing was changed.</source>
      <translation>{path} is not a backup of a centre (a pg_dump file in custom format); nothing was changed.</translation>
    </message>
    <message>
      <source>{path} is not the file the backup register recorded under that name (it was changed or replaced since); the restored copy was dropped again.</source>
      <translation>{path} is not the file the backup register recorded under that name (it was changed or replaced since); the restored copy was dropped again.</translation>
    </message>
    <message>
      <source>{what} {ident} was not found.</source>
      <translation>{what} {ident} was not found.</translation>
    </message>
    <message>
      <source>“{text}”</source>
      <translation>“{text}”</translation>
    </message>
  </context>
  <context>
    <name>export</name>
    <message>
      <source>'{marker}' marks every suppressed cell: a count below k, or a cell hidden so that no small count can be worked out from the others. The two are not told apart.</source>
      <translation>'{marker}' marks every suppressed cell: a count below k, or a cell hidden so that no small count can be worked out from the others. The two are not told apart.</translation>
    </message>
    <message>
      <source>A PDF cannot be made on this machine: Qt's libraries did not load ({reason}). Nothing was exported; choose another format, or install the libraries Qt needs (see the README).</source>
      <translation>A PDF cannot be made on this machine: Qt's libraries did not load ({reason}). Nothing was exported; choose another format, or install the libraries Qt needs (see the README).</translation>
    </message>
    <message>
      <source>Adult</source>
      <translation>Adult</translation>
    </message>
    <message>
      <source>Age group</source>
      <translation>Age group</translation>
    </message>
    <message>
      <source>An export for partners needs a second person's approval: request {number} waits for it (another administrator or a supervisor approves it on their Approvals page or with 'hotline approvals approve {number}'). Then export again.</source>
      <translation>An export for partners needs a second person's approval: request {number} waits for it (another administrator or a supervisor approves it on their Approvals page or with 'hotline approvals approve {number}'). Then export again.</translation>
    </message>
    <message>
      <source>Audience</source>
      <translation>Audience</translation>
    </message>
    <message>
      <source>Audit verdict</source>
      <translation>Audit verdict</translation>
    </message>
    <message>
      <source>Calls by form of exploitation and destination country</source>
      <translation>Calls by form of exploitation and destination country</translation>
    </message>
    <message>
      <source>Calls by primary topic</source>
      <translation>Calls by primary topic</translation>
    </message>
    <message>
      <source>Calls by primary topic and age group of the person concerned</source>
      <translation>Calls by primary topic and age group of the person concerned</translation>
    </message>
    <message>
      <source>Calls by primary topic and citizenship of the person concerned</source>
      <translation>Calls by primary topic and citizenship of the person concerned</translation>
    </message>
    <message>
      <source>Calls by primary topic and destination country</source>
      <translation>Calls by primary topic and destination country</translation>
    </message>
    <message>
      <source>Calls by primary topic and form of exploitation</source>
      <translation>Calls by primary topic and form of exploitation</translation>
    </message>
    <message>
      <source>Calls by primary topic and region of the call</source>
      <translation>Calls by primary topic and region of the call</translation>
    </message>
    <message>
      <source>Calls by primary topic and sex of the person concerned</source>
      <translation>Calls by primary topic and sex of the person concerned</translation>
    </message>
    <message>
      <source>Calls with content are counted under their primary topic; the person concerned is the caller when speaking for themself, otherwise the person spoken about; child = under 18 or believed under 18; referrals count call-outcome pairs; persons concerned are distinct pseudonyms, each under the topic of their first call of the month. A call saved after its month was exported counts only in the corrections table of the month it was saved; a primary topic corrected after its month was exported is withdrawn from the old topic and counted under the new one in the corrections tables of the month it was corrected; quarters and years add up the months as exported, so exported figures never change. Months are those of the desk's time zone.</source>
      <translation>Calls with content are counted under their primary topic; the person concerned is the caller when speaking for themself, otherwise the person spoken about; child = under 18 or believed under 18; referrals count call-outcome pairs; persons concerned are distinct pseudonyms, each under the topic of their first call of the month. A call saved after its month was exported counts only in the corrections table of the month it was saved; a primary topic corrected after its month was exported is withdrawn from the old topic and counted under the new one in the corrections tables of the month it was corrected; quarters and years add up the months as exported, so exported figures never change. Months are those of the desk's time zone.</translation>
    </message>
    <message>
      <source>Calls without content by kind</source>
      <translation>Calls without content by kind</translation>
    </message>
    <message>
      <source>Child (under 18 or believed under 18)</source>
      <translation>Child (under 18 or believed under 18)</translation>
    </message>
    <message>
      <source>Citizenship</source>
      <translation>Citizenship</translation>
    </message>
    <message>
      <source>Corrections withdrawn: calls of months already exported whose primary topic was corrected this month, under the topic they had been counted in</source>
      <translation>Corrections withdrawn: calls of months already exported whose primary topic was corrected this month, under the topic they had been counted in</translation>
    </message>
    <message>
      <source>Corrections: calls of months already exported counted this month (saved late, or under their corrected primary topic)</source>
      <translation>Corrections: calls of months already exported counted this month (saved late, or under their corrected primary topic)</translation>
    </message>
    <message>
      <source>Definitions</source>
      <translation>Definitions</translation>
    </message>
    <message>
      <source>Destination</source>
      <translation>Destination</translation>
    </message>
    <message>
      <source>Exported at (UTC)</source>
      <translation>Exported at (UTC)</translation>
    </message>
    <message>
      <source>Fixed catalogue of calendar-period tables from coded fields only. Primary suppression of every count from 0 to k-1, by fixed blocks of two values (a block hidden once stays hidden for the rest of the year); secondary suppression by Gaussian elimination (Statistics Norway) in a fixed order that never depends on the counts; linear-programming audit (HiGHS) over every published number of this export and of every earlier export of the year, all families and both audiences, with the desk's facts (a call counts once per outcome, every call has an outcome, persons are at most the calls): every suppressed cell must range from 0 to at least k. One marker for every suppressed cell.</source>
      <translation>Fixed catalogue of calendar-period tables from coded fields only. Primary suppression of every count from 0 to k-1, by fixed blocks of two values (a block hidden once stays hidden for the rest of the year); secondary suppression by Gaussian elimination (Statistics Norway) in a fixed order that never depends on the counts; linear-programming audit (HiGHS) over every published number of this export and of every earlier export of the year, all families and both audiences, with the desk's facts (a call counts once per outcome, every call has an outcome, persons are at most the calls): every suppressed cell must range from 0 to at least k. One marker for every suppressed cell.</translation>
    </message>
    <message>
      <source>Form of exploitation</source>
      <translation>Form of exploitation</translation>
    </message>
    <message>
      <source>Hotline 152</source>
      <translation>Hotline 152</translation>
    </message>
    <message>
      <source>Kind of call without content</source>
      <translation>Kind of call without content</translation>
    </message>
    <message>
      <source>Marker</source>
      <translation>Marker</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Method</translation>
    </message>
    <message>
      <source>None recorded</source>
      <translation>None recorded</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Other country</source>
      <translation>Other country</translation>
    </message>
    <message>
      <source>Outcome or referral</source>
      <translation>Outcome or referral</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Period</translation>
    </message>
    <message>
      <source>Persons concerned by primary topic</source>
      <translation>Persons concerned by primary topic</translation>
    </message>
    <message>
      <source>Primary topic</source>
      <translation>Primary topic</translation>
    </message>
    <message>
      <source>Referrals and outcomes by primary topic</source>
      <translation>Referrals and outcomes by primary topic</translation>
    </message>
    <message>
      <source>Referrals and outcomes by sex of the person concerned</source>
      <translation>Referrals and outcomes by sex of the person concerned</translation>
    </message>
    <message>
      <source>Region</source>
      <translation>Region</translation>
    </message>
    <message>
      <source>Sex</source>
      <translation>Sex</translation>
    </message>
    <message>
      <source>Table</source>
      <translation>Table</translation>
    </message>
    <message>
      <source>Taxonomy version</source>
      <translation>Taxonomy version</translation>
    </message>
    <message>
      <source>The export is recorded but its file could not be written to {path} ({reason}); export it again to another folder: the same file is written.</source>
      <translation>The export is recorded but its file could not be written to {path} ({reason}); export it again to another folder: the same file is written.</translation>
    </message>
    <message>
      <source>The export was cancelled; nothing was written.</source>
      <translation>The export was cancelled; nothing was written.</translation>
    </message>
    <message>
      <source>The export was not written: calls of {period} were saved or corrected while it was prepared, and the period was left open. Export it again.</source>
      <translation>The export was not written: calls of {period} were saved or corrected while it was prepared, and the period was left open. Export it again.</translation>
    </message>
    <message>
      <source>The export was not written: it fails the disclosure audit ({reason}).</source>
      <translation>The export was not written: it fails the disclosure audit ({reason}).</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Unknown</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>failed</translation>
    </message>
    <message>
      <source>k (threshold)</source>
      <translation>k (threshold)</translation>
    </message>
    <message>
      <source>partners, who see this table beside their own exports, could narrow hidden cells below k={k}: {problems}</source>
      <translation>partners, who see this table beside their own exports, could narrow hidden cells below k={k}: {problems}</translation>
    </message>
    <message>
      <source>passed</source>
      <translation>passed</translation>
    </message>
    <message>
      <source>the audience must be public or partner.</source>
      <translation>the audience must be public or partner.</translation>
    </message>
    <message>
      <source>the figures exported earlier for {table} {period} no longer match what its closed months counted: the desk's record of them was changed outside the program, or a coded field was changed before this version kept closed months apart</source>
      <translation>the figures exported earlier for {table} {period} no longer match what its closed months counted: the desk's record of them was changed outside the program, or a coded field was changed before this version kept closed months apart</translation>
    </message>
    <message>
      <source>the file {file} beside the manifest cannot be read ({reason})</source>
      <translation>the file {file} beside the manifest cannot be read ({reason})</translation>
    </message>
    <message>
      <source>the file {file} beside the manifest may not be read (permission denied)</source>
      <translation>the file {file} beside the manifest may not be read (permission denied)</translation>
    </message>
    <message>
      <source>the file {file} differs from the one the desk signed: it was altered</source>
      <translation>the file {file} differs from the one the desk signed: it was altered</translation>
    </message>
    <message>
      <source>the file {file} is not beside the manifest</source>
      <translation>the file {file} is not beside the manifest</translation>
    </message>
    <message>
      <source>the format must be csv, sdmx, xlsx or pdf.</source>
      <translation>the format must be csv, sdmx, xlsx or pdf.</translation>
    </message>
    <message>
      <source>the language of the file must be az, ru or en.</source>
      <translation>the language of the file must be az, ru or en.</translation>
    </message>
    <message>
      <source>the manifest is signed by another key than the desk's (its key's fingerprint is {found}, the desk's is {expected}): the file may have been altered and signed anew</source>
      <translation>the manifest is signed by another key than the desk's (its key's fingerprint is {found}, the desk's is {expected}): the file may have been altered and signed anew</translation>
    </message>
    <message>
      <source>the manifest names no file beside it</source>
      <translation>the manifest names no file beside it</translation>
    </message>
    <message>
      <source>the manifest's signature is not an Ed25519 signature: the manifest was changed</source>
      <translation>the manifest's signature is not an Ed25519 signature: the manifest was changed</translation>
    </message>
    <message>
      <source>the manifest's signing key is not an Ed25519 public key: the manifest was changed</source>
      <translation>the manifest's signing key is not an Ed25519 public key: the manifest was changed</translation>
    </message>
    <message>
      <source>the period must be a calendar month (2026-03), quarter (2026-Q1) or year (2026).</source>
      <translation>the period must be a calendar month (2026-03), quarter (2026-Q1) or year (2026).</translation>
    </message>
    <message>
      <source>the period {period} has not ended yet; only finished periods are exported.</source>
      <translation>the period {period} has not ended yet; only finished periods are exported.</translation>
    </message>
    <message>
      <source>the signature does not match: the manifest was changed or not signed</source>
      <translation>the signature does not match: the manifest was changed or not signed</translation>
    </message>
    <message>
      <source>the signature was checked only against the key the manifest itself carries (fingerprint {fingerprint}): anyone can sign an altered file with a key of their own. Give the desk's export key with --key (the desk prints it with `hotline export --public-key`)</source>
      <translation>the signature was checked only against the key the manifest itself carries (fingerprint {fingerprint}): anyone can sign an altered file with a key of their own. Give the desk's export key with --key (the desk prints it with `hotline export --public-key`)</translation>
    </message>
    <message>
      <source>the table {name} is published per {kinds} only.</source>
      <translation>the table {name} is published per {kinds} only.</translation>
    </message>
    <message>
      <source>there is no manifest at {path}</source>
      <translation>there is no manifest at {path}</translation>
    </message>
    <message>
      <source>there is no table {name} in the catalogue.</source>
      <translation>there is no table {name} in the catalogue.</translation>
    </message>
    <message>
      <source>this session holds no export signing key; sign in as an administrator.</source>
      <translation>this session holds no export signing key; sign in as an administrator.</translation>
    </message>
    <message>
      <source>{path} cannot be read ({reason})</source>
      <translation>{path} cannot be read ({reason})</translation>
    </message>
    <message>
      <source>{path} ends early: the manifest was cut short (a copy or a download that did not finish)</source>
      <translation>{path} ends early: the manifest was cut short (a copy or a download that did not finish)</translation>
    </message>
    <message>
      <source>{path} is a folder, not a manifest: give the .manifest.json file that lies beside the exported file</source>
      <translation>{path} is a folder, not a manifest: give the .manifest.json file that lies beside the exported file</translation>
    </message>
    <message>
      <source>{path} is not an export manifest but, it seems, the exported file itself: give its manifest {manifest}</source>
      <translation>{path} is not an export manifest but, it seems, the exported file itself: give its manifest {manifest}</translation>
    </message>
    <message>
      <source>{path} is not an export manifest: it carries no signature</source>
      <translation>{path} is not an export manifest: it carries no signature</translation>
    </message>
    <message>
      <source>{path} is not an export manifest: it carries no signing key</source>
      <translation>{path} is not an export manifest: it carries no signing key</translation>
    </message>
    <message>
      <source>{path} is not an export manifest: it holds none of a manifest's fields</source>
      <translation>{path} is not an export manifest: it holds none of a manifest's fields</translation>
    </message>
    <message>
      <source>{path} is not an export manifest: it is not JSON text</source>
      <translation>{path} is not an export manifest: it is not JSON text</translation>
    </message>
    <message>
      <source>{path} may not be read (permission denied)</source>
      <translation>{path} may not be read (permission denied)</translation>
    </message>
  </context>
  <context>
    <name>facts</name>
    <message>
      <source>audience</source>
      <translation>audience</translation>
    </message>
    <message>
      <source>audit chain head</source>
      <translation>audit chain head</translation>
    </message>
    <message>
      <source>audit verdict</source>
      <translation>audit verdict</translation>
    </message>
    <message>
      <source>exported_at</source>
      <translation>exported_at</translation>
    </message>
    <message>
      <source>file</source>
      <translation>file</translation>
    </message>
    <message>
      <source>k</source>
      <translation>k</translation>
    </message>
    <message>
      <source>period</source>
      <translation>period</translation>
    </message>
    <message>
      <source>signing key fingerprint</source>
      <translation>signing key fingerprint</translation>
    </message>
    <message>
      <source>table</source>
      <translation>table</translation>
    </message>
  </context>
  <context>
    <name>findings</name>
    <message>
      <source>a backup kept inside the desk's own folder is no backup</source>
      <translation>a backup kept inside the desk's own folder is no backup</translation>
    </message>
    <message>
      <source>a file is already there</source>
      <translation>a file is already there</translation>
    </message>
    <message>
      <source>active user {name} has no key slot</source>
      <translation>active user {name} has no key slot</translation>
    </message>
    <message>
      <source>at a sign-in (audit entry {seq}) the desk noticed: {problem}</source>
      <translation>at a sign-in (audit entry {seq}) the desk noticed: {problem}</translation>
    </message>
    <message>
      <source>at a sign-in (audit entry {seq}) the desk noticed: {problem} (acknowledged in audit entry {acknowledgement})</source>
      <translation>at a sign-in (audit entry {seq}) the desk noticed: {problem} (acknowledged in audit entry {acknowledgement})</translation>
    </message>
    <message>
      <source>audit entry 1 (desk.init) has a signature that does not verify</source>
      <translation>audit entry 1 (desk.init) has a signature that does not verify</translation>
    </message>
    <message>
      <source>audit entry 1 (desk.init) has no valid signing key</source>
      <translation>audit entry 1 (desk.init) has no valid signing key</translation>
    </message>
    <message>
      <source>audit entry 1 (desk.init) is signed by another key than the desk's root pinned in this key slot: the log was replaced</source>
      <translation>audit entry 1 (desk.init) is signed by another key than the desk's root pinned in this key slot: the log was replaced</translation>
    </message>
    <message>
      <source>audit entry {seq} ({action}) is not a valid grant</source>
      <translation>audit entry {seq} ({action}) is not a valid grant</translation>
    </message>
    <message>
      <source>audit entry {seq} ({action}) is signed by user {user}, who is not an administrator: it vouches for nothing</source>
      <translation>audit entry {seq} ({action}) is signed by user {user}, who is not an administrator: it vouches for nothing</translation>
    </message>
    <message>
      <source>audit entry {seq} ({action}) is signed by user {user}, who was not a supervisor: it vouches for no change of the call</source>
      <translation>audit entry {seq} ({action}) is signed by user {user}, who was not a supervisor: it vouches for no change of the call</translation>
    </message>
    <message>
      <source>audit entry {seq} ({action}): {problem}</source>
      <translation>audit entry {seq} ({action}): {problem}</translation>
    </message>
    <message>
      <source>audit entry {seq} differs from the head outside the database</source>
      <translation>audit entry {seq} differs from the head outside the database</translation>
    </message>
    <message>
      <source>audit entry {seq} does not follow the entry before it</source>
      <translation>audit entry {seq} does not follow the entry before it</translation>
    </message>
    <message>
      <source>audit entry {seq} has a signature that does not verify</source>
      <translation>audit entry {seq} has a signature that does not verify</translation>
    </message>
    <message>
      <source>audit entry {seq} is a desk.init that is not the first entry: it vouches for nothing</source>
      <translation>audit entry {seq} is a desk.init that is not the first entry: it vouches for nothing</translation>
    </message>
    <message>
      <source>audit entry {seq} is missing (next is {next})</source>
      <translation>audit entry {seq} is missing (next is {next})</translation>
    </message>
    <message>
      <source>audit entry {seq} is signed by unknown user {user}</source>
      <translation>audit entry {seq} is signed by unknown user {user}</translation>
    </message>
    <message>
      <source>audit entry {seq} of this user's last head is gone</source>
      <translation>audit entry {seq} of this user's last head is gone</translation>
    </message>
    <message>
      <source>audit entry {seq} was changed after it was written</source>
      <translation>audit entry {seq} was changed after it was written</translation>
    </message>
    <message>
      <source>backup</source>
      <translation>backup</translation>
    </message>
    <message>
      <source>between 1 and {most}</source>
      <translation>between 1 and {most}</translation>
    </message>
    <message>
      <source>call</source>
      <translation>call</translation>
    </message>
    <message>
      <source>call {call} is marked sealed by decision {decision} with no audit entry</source>
      <translation>call {call} is marked sealed by decision {decision} with no audit entry</translation>
    </message>
    <message>
      <source>disabled user {name} still has a key slot</source>
      <translation>disabled user {name} still has a key slot</translation>
    </message>
    <message>
      <source>encryption check: {problem}</source>
      <translation>encryption check: {problem}</translation>
    </message>
    <message>
      <source>export manifest</source>
      <translation>export manifest</translation>
    </message>
    <message>
      <source>foreign key check</source>
      <translation>foreign key check</translation>
    </message>
    <message>
      <source>full-text index check</source>
      <translation>full-text index check</translation>
    </message>
    <message>
      <source>integrity check</source>
      <translation>integrity check</translation>
    </message>
    <message>
      <source>it belongs to another desk</source>
      <translation>it belongs to another desk</translation>
    </message>
    <message>
      <source>it changed since it was previewed</source>
      <translation>it changed since it was previewed</translation>
    </message>
    <message>
      <source>it claims a longer validity than the desk gives</source>
      <translation>it claims a longer validity than the desk gives</translation>
    </message>
    <message>
      <source>it is no approval step the desk knows</source>
      <translation>it is no approval step the desk knows</translation>
    </message>
    <message>
      <source>it is not a valid request</source>
      <translation>it is not a valid request</translation>
    </message>
    <message>
      <source>it is not signed by the key the audit log vouches for user {user}, so it approves nothing</source>
      <translation>it is not signed by the key the audit log vouches for user {user}, so it approves nothing</translation>
    </message>
    <message>
      <source>it names no known act</source>
      <translation>it names no known act</translation>
    </message>
    <message>
      <source>it names request {request}, which does not exist</source>
      <translation>it names request {request}, which does not exist</translation>
    </message>
    <message>
      <source>it was changed after it was written, so it approves nothing</source>
      <translation>it was changed after it was written, so it approves nothing</translation>
    </message>
    <message>
      <source>it was recorded by a user who may not do this act</source>
      <translation>it was recorded by a user who may not do this act</translation>
    </message>
    <message>
      <source>it was requested by a user who may not do this act</source>
      <translation>it was requested by a user who may not do this act</translation>
    </message>
    <message>
      <source>its digest does not match what it asks for</source>
      <translation>its digest does not match what it asks for</translation>
    </message>
    <message>
      <source>its digest is not the one of request {request}</source>
      <translation>its digest is not the one of request {request}</translation>
    </message>
    <message>
      <source>its manifest.json is not JSON</source>
      <translation>its manifest.json is not JSON</translation>
    </message>
    <message>
      <source>its manifest.json is not a JSON object</source>
      <translation>its manifest.json is not a JSON object</translation>
    </message>
    <message>
      <source>member {user} is active on the server, but no administrator's entry in the audit log vouches for them (added on the server without 'users add'?)</source>
      <translation>member {user} is active on the server, but no administrator's entry in the audit log vouches for them (added on the server without 'users add'?)</translation>
    </message>
    <message>
      <source>member {user}'s roles on the server differ from the roles the audit log grants them</source>
      <translation>member {user}'s roles on the server differ from the roles the audit log grants them</translation>
    </message>
    <message>
      <source>member {user}'s signing key on the server differs from the one the audit log vouches for</source>
      <translation>member {user}'s signing key on the server differs from the one the audit log vouches for</translation>
    </message>
    <message>
      <source>no checksums</source>
      <translation>no checksums</translation>
    </message>
    <message>
      <source>none</source>
      <translation>none</translation>
    </message>
    <message>
      <source>only the requester carries out request {request}</source>
      <translation>only the requester carries out request {request}</translation>
    </message>
    <message>
      <source>only the requester withdraws request {request}</source>
      <translation>only the requester withdraws request {request}</translation>
    </message>
    <message>
      <source>recorded as approved alone although user {user} could approve it</source>
      <translation>recorded as approved alone although user {user} could approve it</translation>
    </message>
    <message>
      <source>referral directory entry {id} was changed outside the desk</source>
      <translation>referral directory entry {id} was changed outside the desk</translation>
    </message>
    <message>
      <source>referral directory entry {id} was removed outside the desk</source>
      <translation>referral directory entry {id} was removed outside the desk</translation>
    </message>
    <message>
      <source>request {request} had expired</source>
      <translation>request {request} had expired</translation>
    </message>
    <message>
      <source>request {request} was already closed</source>
      <translation>request {request} was already closed</translation>
    </message>
    <message>
      <source>request {request} was not waiting for approval</source>
      <translation>request {request} was not waiting for approval</translation>
    </message>
    <message>
      <source>request {request} was used without a valid approval</source>
      <translation>request {request} was used without a valid approval</translation>
    </message>
    <message>
      <source>seal decision {decision} differs from its audit entry or has none</source>
      <translation>seal decision {decision} differs from its audit entry or has none</translation>
    </message>
    <message>
      <source>still holds sealed data: bring it back to be sealed, or destroy it</source>
      <translation>still holds sealed data: bring it back to be sealed, or destroy it</translation>
    </message>
    <message>
      <source>the audit head file outside the database is damaged</source>
      <translation>the audit head file outside the database is damaged</translation>
    </message>
    <message>
      <source>the audit head file outside the database is missing</source>
      <translation>the audit head file outside the database is missing</translation>
    </message>
    <message>
      <source>the audit log ends at entry {count} but the head outside the database records entry {seq}: entries were removed</source>
      <translation>the audit log ends at entry {count} but the head outside the database records entry {seq}: entries were removed</translation>
    </message>
    <message>
      <source>the audit log has no desk.init entry 1</source>
      <translation>the audit log has no desk.init entry 1</translation>
    </message>
    <message>
      <source>the audit log's index of links was dropped or changed</source>
      <translation>the audit log's index of links was dropped or changed</translation>
    </message>
    <message>
      <source>the audit log's root differs from the pin in the key slot</source>
      <translation>the audit log's root differs from the pin in the key slot</translation>
    </message>
    <message>
      <source>the backup register no longer holds line {line}, which audit entry {seq} recorded: it was cut or replaced</source>
      <translation>the backup register no longer holds line {line}, which audit entry {seq} recorded: it was cut or replaced</translation>
    </message>
    <message>
      <source>the centre's audit log is empty: it has no desk.init entry 1</source>
      <translation>the centre's audit log is empty: it has no desk.init entry 1</translation>
    </message>
    <message>
      <source>the centre's id or public keys on the server differ from those its desk.init (entry 1, signed by the root) pins: new calls must not be sealed to them</source>
      <translation>the centre's id or public keys on the server differ from those its desk.init (entry 1, signed by the root) pins: new calls must not be sealed to them</translation>
    </message>
    <message>
      <source>the desk is not bound to this machine's keychain</source>
      <translation>the desk is not bound to this machine's keychain</translation>
    </message>
    <message>
      <source>the key slot of {name} does not match the user</source>
      <translation>the key slot of {name} does not match the user</translation>
    </message>
    <message>
      <source>the key slot of {name} uses test-strength key derivation</source>
      <translation>the key slot of {name} uses test-strength key derivation</translation>
    </message>
    <message>
      <source>the notes of call {call} are missing from the notes' index</source>
      <translation>the notes of call {call} are missing from the notes' index</translation>
    </message>
    <message>
      <source>the notes' index holds other words for call {call} than its notes</source>
      <translation>the notes' index holds other words for call {call} than its notes</translation>
    </message>
    <message>
      <source>the notes' index holds words for call {call}, which does not exist</source>
      <translation>the notes' index holds words for call {call}, which does not exist</translation>
    </message>
    <message>
      <source>the notes' index holds words for call {call}, which was not indexed yet</source>
      <translation>the notes' index holds words for call {call}, which was not indexed yet</translation>
    </message>
    <message>
      <source>the notes' index holds words for call {call}, whose notes have none</source>
      <translation>the notes' index holds words for call {call}, whose notes have none</translation>
    </message>
    <message>
      <source>the notes' index records calls up to {last} as indexed, but the last call is {top}</source>
      <translation>the notes' index records calls up to {last} as indexed, but the last call is {top}</translation>
    </message>
    <message>
      <source>the notes' search index was not checked: it opens with a supervisor's key only</source>
      <translation>the notes' search index was not checked: it opens with a supervisor's key only</translation>
    </message>
    <message>
      <source>the recovery slot does not match the one desk.init vouches for</source>
      <translation>the recovery slot does not match the one desk.init vouches for</translation>
    </message>
    <message>
      <source>the recovery slot is missing from the key file</source>
      <translation>the recovery slot is missing from the key file</translation>
    </message>
    <message>
      <source>the referral directory holds an entry that is not valid</source>
      <translation>the referral directory holds an entry that is not valid</translation>
    </message>
    <message>
      <source>the requester of request {request} approved it themselves</source>
      <translation>the requester of request {request} approved it themselves</translation>
    </message>
    <message>
      <source>the setting {key} in the desk ({stored}) differs from the value an administrator set in the audit log ({audited}); the desk uses the default</source>
      <translation>the setting {key} in the desk ({stored}) differs from the value an administrator set in the audit log ({audited}); the desk uses the default</translation>
    </message>
    <message>
      <source>the setting {key} in the desk ({stored}) was not set by an administrator's audit entry; the desk uses the default</source>
      <translation>the setting {key} in the desk ({stored}) was not set by an administrator's audit entry; the desk uses the default</translation>
    </message>
    <message>
      <source>the {kind} {name} witnessed audit entry {seq}, which the log no longer holds with the same hash: the log was cut or rewritten, or the desk rolled back to an older copy, since it was written</source>
      <translation>the {kind} {name} witnessed audit entry {seq}, which the log no longer holds with the same hash: the log was cut or rewritten, or the desk rolled back to an older copy, since it was written</translation>
    </message>
    <message>
      <source>unexpected contents</source>
      <translation>unexpected contents</translation>
    </message>
    <message>
      <source>user</source>
      <translation>user</translation>
    </message>
    <message>
      <source>user {user} may not approve request {request}</source>
      <translation>user {user} may not approve request {request}</translation>
    </message>
    <message>
      <source>user {user}'s roles differ from the granted ones</source>
      <translation>user {user}'s roles differ from the granted ones</translation>
    </message>
    <message>
      <source>user {user}'s roles in the users table ({roles}) differ from the roles administrators granted in the audit log ({granted})</source>
      <translation>user {user}'s roles in the users table ({roles}) differ from the roles administrators granted in the audit log ({granted})</translation>
    </message>
    <message>
      <source>user {user}'s signing key differs from the one the audit log vouches for</source>
      <translation>user {user}'s signing key differs from the one the audit log vouches for</translation>
    </message>
    <message>
      <source>{check}: {problem}</source>
      <translation>{check}: {problem}</translation>
    </message>
    <message>
      <source>{count} audit entries are missing from the log</source>
      <translation>{count} audit entries are missing from the log</translation>
    </message>
    <message>
      <source>{count} call(s) on the server do not have the tasks their call.save entry made (a mandatory report removed, or a task slipped in around the desk): {calls}</source>
      <translation>{count} call(s) on the server do not have the tasks their call.save entry made (a mandatory report removed, or a task slipped in around the desk): {calls}</translation>
    </message>
    <message>
      <source>{count} call(s) on the server have no call.save entry by their author in the audit log: written around the desk</source>
      <translation>{count} call(s) on the server have no call.save entry by their author in the audit log: written around the desk</translation>
    </message>
    <message>
      <source>{count} call(s) on the server no longer match what their last call.save, call.correct or call.review entry pins (coded fields, wrapped keys, texts or vault rows changed around the desk): {calls}</source>
      <translation>{count} call(s) on the server no longer match what their last call.save, call.correct or call.review entry pins (coded fields, wrapped keys, texts or vault rows changed around the desk): {calls}</translation>
    </message>
    <message>
      <source>{count} call(s) the audit log says were taken back (call.undo_no_content) are on the server: not removed, or written again around the desk</source>
      <translation>{count} call(s) the audit log says were taken back (call.undo_no_content) are on the server: not removed, or written again around the desk</translation>
    </message>
    <message>
      <source>{count} call.save entries of the audit log name a call the server no longer holds: removed on the server</source>
      <translation>{count} call.save entries of the audit log name a call the server no longer holds: removed on the server</translation>
    </message>
    <message>
      <source>{count} task(s) on the server are marked done with no task.done entry by the one named as doing it in the audit log: closed around the desk</source>
      <translation>{count} task(s) on the server are marked done with no task.done entry by the one named as doing it in the audit log: closed around the desk</translation>
    </message>
    <message>
      <source>{count} task.add entries of the audit log name a task the server no longer holds: removed on the server</source>
      <translation>{count} task.add entries of the audit log name a task the server no longer holds: removed on the server</translation>
    </message>
    <message>
      <source>{kind} {id} removed by audit entry {seq} is back in the database</source>
      <translation>{kind} {id} removed by audit entry {seq} is back in the database</translation>
    </message>
    <message>
      <source>{kind} {id} was changed outside the program: its row differs from the one audit entry {seq} recorded</source>
      <translation>{kind} {id} was changed outside the program: its row differs from the one audit entry {seq} recorded</translation>
    </message>
    <message>
      <source>{kind} {id} written by audit entry {seq} is gone from the database</source>
      <translation>{kind} {id} written by audit entry {seq} is gone from the database</translation>
    </message>
    <message>
      <source>{name} does not match its checksum</source>
      <translation>{name} does not match its checksum</translation>
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
      <translation>%1, the page shown</translation>
    </message>
    <message>
      <source>Administration</source>
      <translation>Administration</translation>
    </message>
    <message>
      <source>Approvals</source>
      <translation>Approvals</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>Audit log</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>Backups</translation>
    </message>
    <message>
      <source>Call log</source>
      <translation>Call log</translation>
    </message>
    <message>
      <source>Calls</source>
      <translation>Calls</translation>
    </message>
    <message>
      <source>Desk check</source>
      <translation>Desk check</translation>
    </message>
    <message>
      <source>Desk health</source>
      <translation>Desk health</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Export</translation>
    </message>
    <message>
      <source>Import old log</source>
      <translation>Import old log</translation>
    </message>
    <message>
      <source>Outside contact</source>
      <translation>Outside contact</translation>
    </message>
    <message>
      <source>Pages of the window</source>
      <translation>Pages of the window</translation>
    </message>
    <message>
      <source>Referral directory</source>
      <translation>Referral directory</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Restore</translation>
    </message>
    <message>
      <source>Review and follow-up</source>
      <translation>Review and follow-up</translation>
    </message>
    <message>
      <source>Review queue</source>
      <translation>Review queue</translation>
    </message>
    <message>
      <source>Sealing</source>
      <translation>Sealing</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Settings</translation>
    </message>
    <message>
      <source>Statistics</source>
      <translation>Statistics</translation>
    </message>
    <message>
      <source>Take calls</source>
      <translation>Take calls</translation>
    </message>
    <message>
      <source>Tasks</source>
      <translation>Tasks</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>Users</translation>
    </message>
    <message>
      <source>Workstations</source>
      <translation>Workstations</translation>
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
      <translation>Supervisor</translation>
    </message>
  </context>
  <context>
    <name>settings</name>
    <message>
      <source>A workstation that has not reached the server for longer refuses offline sign-in until it reaches the server once, so a member disabled since cannot sign in there from its older copy of the keys. Each copy keeps the value of its own sign-in.</source>
      <translation>A workstation that has not reached the server for longer refuses offline sign-in until it reaches the server once, so a member disabled since cannot sign in there from its older copy of the keys. Each copy keeps the value of its own sign-in.</translation>
    </message>
    <message>
      <source>After this many wrong passwords in a row each further attempt waits longer (2 seconds, doubling, at most 5 minutes). The desk never locks anyone out for good.</source>
      <translation>After this many wrong passwords in a row each further attempt waits longer (2 seconds, doubling, at most 5 minutes). The desk never locks anyone out for good.</translation>
    </message>
    <message>
      <source>Days a workstation may sign people in offline</source>
      <translation>Days a workstation may sign people in offline</translation>
    </message>
    <message>
      <source>Failed sign-ins before the desk makes people wait</source>
      <translation>Failed sign-ins before the desk makes people wait</translation>
    </message>
    <message>
      <source>Lock the screen after this many idle minutes</source>
      <translation>Lock the screen after this many idle minutes</translation>
    </message>
    <message>
      <source>The desk locks itself when nobody touches it; the call being taken is kept. Short is safer in a shared room.</source>
      <translation>The desk locks itself when nobody touches it; the call being taken is kept. Short is safer in a shared room.</translation>
    </message>
  </context>
  <context>
    <name>validation</name>
    <message>
      <source>A call without content carries no topics, outcomes or notes.</source>
      <translation>A call without content carries no topics, outcomes or notes.</translation>
    </message>
    <message>
      <source>A phone number holds digits, spaces and + ( ) - , ; / only.</source>
      <translation>A phone number holds digits, spaces and + ( ) - , ; / only.</translation>
    </message>
    <message>
      <source>A referral to a state body (the Migration Service, a consulate, the Assistance Center, a local commission) or to a shelter passes the person's details on or places them; the law allows it only with the consent of the person concerned, and consent is not recorded as yes.</source>
      <translation>A referral to a state body (the Migration Service, a consulate, the Assistance Center, a local commission) or to a shelter passes the person's details on or places them; the law allows it only with the consent of the person concerned, and consent is not recorded as yes.</translation>
    </message>
    <message>
      <source>A referral to the police unit passes identifying details to law enforcement; the law allows it only with the consent of the person concerned, and consent is not recorded as yes.</source>
      <translation>A referral to the police unit passes identifying details to law enforcement; the law allows it only with the consent of the person concerned, and consent is not recorded as yes.</translation>
    </message>
    <message>
      <source>A relative may be involved: a relative's consent does not count for this child. Report to the Commission and the guardianship authority instead.</source>
      <translation>A relative may be involved: a relative's consent does not count for this child. Report to the Commission and the guardianship authority instead.</translation>
    </message>
    <message>
      <source>An entity needs a value.</source>
      <translation>An entity needs a value.</translation>
    </message>
    <message>
      <source>Choose at least one outcome or referral.</source>
      <translation>Choose at least one outcome or referral.</translation>
    </message>
    <message>
      <source>Choose the country of citizenship for a foreign citizen.</source>
      <translation>Choose the country of citizenship for a foreign citizen.</translation>
    </message>
    <message>
      <source>Choose the outcome this entry is for.</source>
      <translation>Choose the outcome this entry is for.</translation>
    </message>
    <message>
      <source>Choose the primary topic of the call.</source>
      <translation>Choose the primary topic of the call.</translation>
    </message>
    <message>
      <source>Fill in Azerbaijani, Russian and English, or leave all three empty.</source>
      <translation>Fill in Azerbaijani, Russian and English, or leave all three empty.</translation>
    </message>
    <message>
      <source>Identity details are kept only with the person's consent: tick the consent box of section 11, or leave the details empty.</source>
      <translation>Identity details are kept only with the person's consent: tick the consent box of section 11, or leave the details empty.</translation>
    </message>
    <message>
      <source>No person concerned has this pseudonym. A pseudonym is issued by the desk (Assign a new pseudonym) or is one it issued before; never type a name here: names go only into the sealed identity details, with consent.</source>
      <translation>No person concerned has this pseudonym. A pseudonym is issued by the desk (Assign a new pseudonym) or is one it issued before; never type a name here: names go only into the sealed identity details, with consent.</translation>
    </message>
    <message>
      <source>The consent must be the person's own: the caller speaks for another adult, and a relative or anyone else cannot consent for an adult. Untick the referral, or let the person concerned consent themself.</source>
      <translation>The consent must be the person's own: the caller speaks for another adult, and a relative or anyone else cannot consent for an adult. Untick the referral, or let the person concerned consent themself.</translation>
    </message>
    <message>
      <source>The date of a contact cannot be before {year}.</source>
      <translation>The date of a contact cannot be before {year}.</translation>
    </message>
    <message>
      <source>The date of a contact cannot be in the future.</source>
      <translation>The date of a contact cannot be in the future.</translation>
    </message>
    <message>
      <source>The date of the last check cannot be in the future.</source>
      <translation>The date of the last check cannot be in the future.</translation>
    </message>
    <message>
      <source>The duration cannot be longer than {limit} seconds (7 days).</source>
      <translation>The duration cannot be longer than {limit} seconds (7 days).</translation>
    </message>
    <message>
      <source>The duration cannot be negative.</source>
      <translation>The duration cannot be negative.</translation>
    </message>
    <message>
      <source>The primary topic must be one of the ticked topics.</source>
      <translation>The primary topic must be one of the ticked topics.</translation>
    </message>
    <message>
      <source>The sector is recorded for forced labour only: choose forced labour or no sector.</source>
      <translation>The sector is recorded for forced labour only: choose forced labour or no sector.</translation>
    </message>
    <message>
      <source>Too long: at most {limit} characters.</source>
      <translation>Too long: at most {limit} characters.</translation>
    </message>
    <message>
      <source>Type the name in Azerbaijani, Russian and English.</source>
      <translation>Type the name in Azerbaijani, Russian and English.</translation>
    </message>
    <message>
      <source>Unknown value {value!r}.</source>
      <translation>Unknown value {value!r}.</translation>
    </message>
  </context>
  <context>
    <name>warnings</name>
    <message>
      <source>Calls sealed from this workstation were found unsealed on the centre's server (put back from an older copy?) and were sealed again at your sign-in.</source>
      <translation>Calls sealed from this workstation were found unsealed on the centre's server (put back from an older copy?) and were sealed again at your sign-in.</translation>
    </message>
    <message>
      <source>Retention ran at your sign-in: the free text and identity details of reviewed calls older than the centre keeps them were destroyed on the server (coded fields kept).</source>
      <translation>Retention ran at your sign-in: the free text and identity details of reviewed calls older than the centre keeps them were destroyed on the server (coded fields kept).</translation>
    </message>
    <message>
      <source>Sealing and retention could not run at your sign-in on the centre; sign in again, or run 'hotline retention --run'.</source>
      <translation>Sealing and retention could not run at your sign-in on the centre; sign in again, or run 'hotline retention --run'.</translation>
    </message>
    <message>
      <source>Signed in offline, from this computer's copy of the centre's keys: calls you save are kept here and sent when the server is back; pages that need the server say so.</source>
      <translation>Signed in offline, from this computer's copy of the centre's keys: calls you save are kept here and sent when the server is back; pages that need the server say so.</translation>
    </message>
    <message>
      <source>The OS keychain backend changed since set-up (now {backend}). The desk still opened; tell the administrator.</source>
      <translation>The OS keychain backend changed since set-up (now {backend}). The desk still opened; tell the administrator.</translation>
    </message>
    <message>
      <source>The audit log does not start with this desk's own first entry (the one pinned in your key slot): it was replaced. Tell the administrator at once.</source>
      <translation>The audit log does not start with this desk's own first entry (the one pinned in your key slot): it was replaced. Tell the administrator at once.</translation>
    </message>
    <message>
      <source>The audit log was cut or rewritten since you last signed out: entries your last session saw are missing or different. Tell the administrator at once; the desk keeps working.</source>
      <translation>The audit log was cut or rewritten since you last signed out: entries your last session saw are missing or different. Tell the administrator at once; the desk keeps working.</translation>
    </message>
    <message>
      <source>The audit log's head file beside the database was deleted, damaged or does not match the log: entries may have been removed. Tell the administrator; 'hotline verify' names the problem.</source>
      <translation>The audit log's head file beside the database was deleted, damaged or does not match the log: entries may have been removed. Tell the administrator; 'hotline verify' names the problem.</translation>
    </message>
    <message>
      <source>The disk is full: the desk opened for reading only. Nothing can be saved, not even the record of this sign-in, until some space is freed on the disk; then sign in again.</source>
      <translation>The disk is full: the desk opened for reading only. Nothing can be saved, not even the record of this sign-in, until some space is freed on the disk; then sign in again.</translation>
    </message>
    <message>
      <source>The keychain of this machine did not hold the desk's secret: the desk is now bound to it anew. Give every user a new password; their old ones were bound to the lost secret.</source>
      <translation>The keychain of this machine did not hold the desk's secret: the desk is now bound to it anew. Give every user a new password; their old ones were bound to the lost secret.</translation>
    </message>
    <message>
      <source>This desk is not bound to the machine's keychain: a copy of its files can be attacked elsewhere by guessing passwords.</source>
      <translation>This desk is not bound to the machine's keychain: a copy of its files can be attacked elsewhere by guessing passwords.</translation>
    </message>
    <message>
      <source>This key slot uses test-strength key derivation: change the password.</source>
      <translation>This key slot uses test-strength key derivation: change the password.</translation>
    </message>
    <message>
      <source>Your password was reset since you last signed in on this computer. Any calls you kept on this computer before the reset (saved while the server was away) were not sent: they wait on this computer, set aside under your old password. Tell the centre's administrator.</source>
      <translation>Your password was reset since you last signed in on this computer. Any calls you kept on this computer before the reset (saved while the server was away) were not sent: they wait on this computer, set aside under your old password. Tell the centre's administrator.</translation>
    </message>
    <message>
      <source>Your roles recorded in the database differ from the roles an administrator granted you; the desk uses the granted ones. Tell the administrator.</source>
      <translation>Your roles recorded in the database differ from the roles an administrator granted you; the desk uses the granted ones. Tell the administrator.</translation>
    </message>
  </context>
</TS>
