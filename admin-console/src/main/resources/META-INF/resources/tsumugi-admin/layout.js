/*
 * Drag and drop of the layout editor: the section lists and the unplaced list are connected
 * jQuery UI sortables (shipped with PrimeFaces). After a drop the arrangement (fields per section,
 * "a,b|c|") goes to the server through a hidden button; the buttons on each field do the same
 * moves without a mouse.
 */
var TsLayout = {
  init: function (formId) {
    var form = $(document.getElementById(formId));
    var lists = form.find('ul.ts-layout-fields');
    if (!lists.sortable) {
      return;
    }
    lists.sortable({
      connectWith: lists,
      items: '> li',
      placeholder: 'ts-layout-placeholder',
      tolerance: 'pointer',
      stop: function () {
        TsLayout.send(formId);
      }
    });
  },
  send: function (formId) {
    var parts = [];
    $(document.getElementById(formId)).find('ul.ts-layout-fields').each(function () {
      var index = parseInt($(this).attr('data-section'), 10);
      if (index >= 0) {
        parts[index] = $(this).children('li').map(function () {
          return $(this).attr('data-field');
        }).get().join(',');
      }
    });
    document.getElementById(formId + ':arrangement').value = parts.join('|');
    document.getElementById(formId + ':arrange').click();
  }
};
