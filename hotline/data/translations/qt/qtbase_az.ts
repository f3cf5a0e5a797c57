<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Yadda saxla</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Hamısını yadda saxla</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Aç</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Bəli</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>&amp;Hamısına bəli</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Xeyr</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>Hamısına x&amp;eyr</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Dayandır</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Yenidən cəhd et</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Nəzərə alma</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Bağla</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>İmtina et</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Ləğv et</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Kömək</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Tətbiq et</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Sıfırla</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Standart dəyərləri bərpa et</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>Look in:</source>
      <translation>Axtarış yeri:</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>Fayl &amp;adı:</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Fayl növü:</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Yadda saxla</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Aç</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Geri</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>İrəli</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Üst qovluq</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Yeni qovluq yarat</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Siyahı görünüşü</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Ətraflı görünüş</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Bütün fayllar (*)</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Fərqli yadda saxla</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Aç</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Yeni qovluq</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>&amp;Yeni qovluq</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 artıq mövcuddur.
Onu əvəz etmək istəyirsiniz?</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Qovluq:</translation>
    </message>
    <message>
      <source>Find Directory</source>
      <translation>Qovluq tap</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Seç</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>Son yerlər</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Geri qayıt</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>İrəli get</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>Üst qovluğa keç</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>Yeni qovluq yarat</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>Siyahı görünüşünə keç</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>Ətraflı görünüşə keç</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Yan panel</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>Yerlər və əlfəcinlər siyahısı</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Fayllar</translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>&amp;Gizli faylları göstər</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>&amp;Adını dəyiş</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Sil</translation>
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation>'%1' silinsin?</translation>
    </message>
    <message>
      <source>Drive</source>
      <translation>Disk</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fayl</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>Fayl qovluğu</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Qovluq</translation>
    </message>
    <message>
      <source>Alias</source>
      <translation>Ləqəb</translation>
    </message>
    <message>
      <source>Shortcut</source>
      <translation>Qısayol</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Naməlum</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Kompüterim</translation>
    </message>
    <message>
      <source>%1
File not found.
Please verify the correct file name was given.</source>
      <translation>%1
Fayl tapılmadı.
Fayl adının düzgün yazıldığını yoxlayın.</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Sil</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <source>Name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Ölçü</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Növ</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Növ</translation>
    </message>
    <message>
      <source>Date Modified</source>
      <translation>Dəyişmə tarixi</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Kompüterim</translation>
    </message>
    <message>
      <source>Computer</source>
      <translation>Kompüter</translation>
    </message>
  </context>
  <context>
    <name>QInputDialog</name>
    <message>
      <source>Enter a value:</source>
      <translation>Dəyəri daxil edin:</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Geri al</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Təkrarla</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Kəs</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>Kö&amp;çür</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Yapışdır</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Sil</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Hamısını seç</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Geri al</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Təkrarla</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Kəs</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>Kö&amp;çür</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Yapışdır</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Sil</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Hamısını seç</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>&amp;Keçid ünvanını köçür</translation>
    </message>
  </context>
</TS>
