window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1977655614537381892"
          ],
          "editableUntil": "2025-10-13T09:40:16.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "200"
      ],
      "favorite_count": "1",
      "id_str": "1977655614537381892",
      "truncated": false,
      "retweet_count": "0",
      "id": "1977655614537381892",
      "created_at": "Mon Oct 13 08:40:16 +0000 2025",
      "favorited": false,
      "full_text": "the manifest says 238 parcels for my route tmrw and they pay £1.05 a drop. new rates theyre \"consulting\" on start at 85p, saw it on the area managers laptop. watch them call it an exciting opportunity",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1975499909987483849"
          ],
          "editableUntil": "2025-10-07T10:54:16.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "45"
      ],
      "favorite_count": "4",
      "id_str": "1975499909987483849",
      "truncated": false,
      "retweet_count": "2",
      "id": "1975499909987483849",
      "created_at": "Tue Oct 07 09:54:16 +0000 2025",
      "favorited": false,
      "full_text": "FFS. 3 hours on the M60 for a 12 mile stretch",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1974133073060548404"
          ],
          "editableUntil": "2025-10-03T16:22:56.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "158"
      ],
      "favorite_count": "0",
      "id_str": "1974133073060548404",
      "truncated": false,
      "retweet_count": "1",
      "id": "1974133073060548404",
      "created_at": "Fri Oct 03 15:22:56 +0000 2025",
      "favorited": false,
      "full_text": "fun fact the whole depot is getting shut end of january and moved to trafford park. nobodys been told officially yet but my mate in the office saw the email 👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1968660200880990072"
          ],
          "editableUntil": "2025-09-18T13:55:42.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "40"
      ],
      "favorite_count": "1",
      "id_str": "1968660200880990072",
      "truncated": false,
      "retweet_count": "2",
      "id": "1968660200880990072",
      "created_at": "Thu Sep 18 12:55:42 +0000 2025",
      "favorited": false,
      "full_text": "coke zero &gt; pepsi max. not up for debate",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1965023254960139822"
          ],
          "editableUntil": "2025-09-08T13:03:47.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "97"
      ],
      "favorite_count": "1",
      "id_str": "1965023254960139822",
      "truncated": false,
      "retweet_count": "0",
      "id": "1965023254960139822",
      "created_at": "Mon Sep 08 12:03:47 +0000 2025",
      "favorited": false,
      "full_text": "VEGAS BABY ✈️🥊 fight week!! LHR-LAS BA0275 seat 42K booking ref QXT7LM, cant believe this is real",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1964473107214983679"
          ],
          "editableUntil": "2025-09-07T00:37:41.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "146"
      ],
      "favorite_count": "3",
      "id_str": "1964473107214983679",
      "truncated": false,
      "retweet_count": "0",
      "id": "1964473107214983679",
      "created_at": "Sat Sep 06 23:37:41 +0000 2025",
      "favorited": false,
      "full_text": "depot manager said the new scanners will \"make our lives easier\". mate the last thing that made my life easier was u going to tenerife for 2 weeks",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1960377568489887565"
          ],
          "editableUntil": "2025-08-26T17:23:29.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "90"
      ],
      "favorite_count": "14",
      "id_str": "1960377568489887565",
      "truncated": false,
      "retweet_count": "0",
      "id": "1960377568489887565",
      "created_at": "Tue Aug 26 16:23:29 +0000 2025",
      "favorited": false,
      "full_text": "still steaming from last night, did the first 30 drops with one eye shut 😂🍺 nobody noticed",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1957702770034179614"
          ],
          "editableUntil": "2025-08-19T08:14:47.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "65"
      ],
      "favorite_count": "0",
      "id_str": "1957702770034179614",
      "truncated": false,
      "retweet_count": "0",
      "id": "1957702770034179614",
      "created_at": "Tue Aug 19 07:14:47 +0000 2025",
      "favorited": false,
      "full_text": "bought a punch bag for the garage. neighbours are gonna love me 🥊",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1950066130210682973"
          ],
          "editableUntil": "2025-07-29T06:29:30.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "101"
      ],
      "favorite_count": "0",
      "id_str": "1950066130210682973",
      "truncated": false,
      "retweet_count": "0",
      "id": "1950066130210682973",
      "created_at": "Tue Jul 29 05:29:30 +0000 2025",
      "favorited": false,
      "full_text": "my mum just texted \"wtf\" and when i asked she said it means \"wow thats fab\". shes 58. leave her alone",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1948065232329431238"
          ],
          "editableUntil": "2025-07-23T17:58:39.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "56"
      ],
      "favorite_count": "31",
      "id_str": "1948065232329431238",
      "truncated": false,
      "retweet_count": "0",
      "id": "1948065232329431238",
      "created_at": "Wed Jul 23 16:58:39 +0000 2025",
      "favorited": false,
      "full_text": "whos sorting ❄️ for saturday, fight night at mine, dm me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1945527077557104689"
          ],
          "editableUntil": "2025-07-16T17:52:56.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "121"
      ],
      "favorite_count": "0",
      "id_str": "1945527077557104689",
      "truncated": false,
      "retweet_count": "0",
      "id": "1945527077557104689",
      "created_at": "Wed Jul 16 16:52:56 +0000 2025",
      "favorited": false,
      "full_text": "blue lights behind me on the A34 so i just floored it and lost them round the retail park. van can shift when it wants to",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1942818245577886950"
          ],
          "editableUntil": "2025-07-09T06:29:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "129"
      ],
      "favorite_count": "3",
      "id_str": "1942818245577886950",
      "truncated": false,
      "retweet_count": "0",
      "id": "1942818245577886950",
      "created_at": "Wed Jul 09 05:29:00 +0000 2025",
      "favorited": false,
      "full_text": "woman at no.23 gets a box from the same clinic every month, \"discreet packaging\" my a**e, everyone on the street knows what it is",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1941961185176408166"
          ],
          "editableUntil": "2025-07-06T21:43:21.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "130"
      ],
      "favorite_count": "31",
      "id_str": "1941961185176408166",
      "truncated": false,
      "retweet_count": "2",
      "id": "1941961185176408166",
      "created_at": "Sun Jul 06 20:43:21 +0000 2025",
      "favorited": false,
      "full_text": "140 drops today and the aircon in the van is broke AGAIN. company made record profits last year and cant fix a fan. joke of a firm",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1941939318799441862"
          ],
          "editableUntil": "2025-07-06T20:16:27.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "90"
      ],
      "favorite_count": "1",
      "id_str": "1941939318799441862",
      "truncated": false,
      "retweet_count": "0",
      "id": "1941939318799441862",
      "created_at": "Sun Jul 06 19:16:27 +0000 2025",
      "favorited": false,
      "full_text": "kid from moss side is killing it in the amateurs, 12-0 with 9 stoppages. remember the name",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1940641111527792421"
          ],
          "editableUntil": "2025-07-03T06:17:51.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "78"
      ],
      "favorite_count": "1",
      "id_str": "1940641111527792421",
      "truncated": false,
      "retweet_count": "1",
      "id": "1940641111527792421",
      "created_at": "Thu Jul 03 05:17:51 +0000 2025",
      "favorited": false,
      "full_text": "usyk absolutely battered him. them body shots in the 9th were something else 🥊",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1925590758607655975"
          ],
          "editableUntil": "2025-05-22T17:33:07.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "114"
      ],
      "favorite_count": "2",
      "id_str": "1925590758607655975",
      "truncated": false,
      "retweet_count": "0",
      "id": "1925590758607655975",
      "created_at": "Thu May 22 16:33:07 +0000 2025",
      "favorited": false,
      "full_text": "picking my nephew up from st annes primary 3:15 every thursday now cos my sister's on lates. proper uncle duties 💪",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1918729182885287676"
          ],
          "editableUntil": "2025-05-03T19:07:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "58"
      ],
      "favorite_count": "0",
      "id_str": "1918729182885287676",
      "truncated": false,
      "retweet_count": "0",
      "id": "1918729182885287676",
      "created_at": "Sat May 03 18:07:40 +0000 2025",
      "favorited": false,
      "full_text": "cant be ar$ed with today. sh!t weather sh!t route sh!t van",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1915453791387473800"
          ],
          "editableUntil": "2025-04-24T18:12:25.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "56"
      ],
      "favorite_count": "0",
      "id_str": "1915453791387473800",
      "truncated": false,
      "retweet_count": "0",
      "id": "1915453791387473800",
      "created_at": "Thu Apr 24 17:12:25 +0000 2025",
      "favorited": false,
      "full_text": "pot noodle and a red bull in the cab. lunch of champions",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1913230652898120763"
          ],
          "editableUntil": "2025-04-18T14:58:28.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "67"
      ],
      "favorite_count": "0",
      "id_str": "1913230652898120763",
      "truncated": false,
      "retweet_count": "0",
      "id": "1913230652898120763",
      "created_at": "Fri Apr 18 13:58:28 +0000 2025",
      "favorited": false,
      "full_text": "she said come round after ur shift and bring nothing but urself 😏🍆💦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1911770358010383582"
          ],
          "editableUntil": "2025-04-14T14:15:46.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "90"
      ],
      "favorite_count": "0",
      "id_str": "1911770358010383582",
      "truncated": false,
      "retweet_count": "0",
      "id": "1911770358010383582",
      "created_at": "Mon Apr 14 13:15:46 +0000 2025",
      "favorited": false,
      "full_text": "selling my old ps4 + 2 pads £80, collection only 27 Crossfield Rd M19 or text 07700 900417",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1907904977669444722"
          ],
          "editableUntil": "2025-04-03T22:16:08.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "76"
      ],
      "favorite_count": "4",
      "id_str": "1907904977669444722",
      "truncated": false,
      "retweet_count": "0",
      "id": "1907904977669444722",
      "created_at": "Thu Apr 03 21:16:08 +0000 2025",
      "favorited": false,
      "full_text": "shot of the day: robin sat on my wing mirror while i waited on a signature 📸",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1905675414734982539"
          ],
          "editableUntil": "2025-03-28T18:36:39.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "106"
      ],
      "favorite_count": "1",
      "id_str": "1905675414734982539",
      "truncated": false,
      "retweet_count": "0",
      "id": "1905675414734982539",
      "created_at": "Fri Mar 28 17:36:39 +0000 2025",
      "favorited": false,
      "full_text": "if ur waiting on a missed parcel ring the depot on 0161 496 0723 (the office, NOT me!!) they can rebook it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1900682743127798312"
          ],
          "editableUntil": "2025-03-14T23:57:33.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Jay | Box Fit",
            "screen_name": "jayboxfit",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "57440240168948961",
            "id": "57440240168948961"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "67"
      ],
      "favorite_count": "3",
      "id_str": "1900682743127798312",
      "truncated": false,
      "retweet_count": "2",
      "id": "1900682743127798312",
      "created_at": "Fri Mar 14 22:57:33 +0000 2025",
      "favorited": false,
      "full_text": "@jayboxfit what gloves u using for bag work? mine are falling apart",
      "lang": "en",
      "in_reply_to_status_id_str": "1900664626059570155",
      "in_reply_to_status_id": "1900664626059570155",
      "in_reply_to_user_id": "57440240168948961",
      "in_reply_to_user_id_str": "57440240168948961",
      "in_reply_to_screen_name": "jayboxfit"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1885798753220016092"
          ],
          "editableUntil": "2025-02-01T22:13:53.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "0",
      "id_str": "1885798753220016092",
      "truncated": false,
      "retweet_count": "0",
      "id": "1885798753220016092",
      "created_at": "Sat Feb 01 21:13:53 +0000 2025",
      "favorited": false,
      "full_text": "did a long run up to Cockermouth today. no im not joking, look it up",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1882753716580545841"
          ],
          "editableUntil": "2025-01-24T12:34:00.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "deliverydriver",
            "indices": [
              "50",
              "65"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "65"
      ],
      "favorite_count": "9",
      "id_str": "1882753716580545841",
      "truncated": false,
      "retweet_count": "1",
      "id": "1882753716580545841",
      "created_at": "Fri Jan 24 11:34:00 +0000 2025",
      "favorited": false,
      "full_text": "5 stars from every customer this week. small wins #deliverydriver",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1882434702705514990"
          ],
          "editableUntil": "2025-01-23T15:26:21.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "driverlife",
            "indices": [
              "98",
              "109"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "109"
      ],
      "favorite_count": "1",
      "id_str": "1882434702705514990",
      "truncated": false,
      "retweet_count": "0",
      "id": "1882434702705514990",
      "created_at": "Thu Jan 23 14:26:21 +0000 2025",
      "favorited": false,
      "full_text": "sat in the layby with a zoot before the afternoon run, only way im surviving stockport traffic 🍃💨 #driverlife",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1882333979704260967"
          ],
          "editableUntil": "2025-01-23T08:46:07.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "132"
      ],
      "favorite_count": "4",
      "id_str": "1882333979704260967",
      "truncated": false,
      "retweet_count": "0",
      "id": "1882333979704260967",
      "created_at": "Thu Jan 23 07:46:07 +0000 2025",
      "favorited": false,
      "full_text": "they only went and hired a 61 year old driver. 61!! hes gonna need dropping off himself, should be at home in his slippers bless him",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1878459618799821263"
          ],
          "editableUntil": "2025-01-12T16:10:47.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "78"
      ],
      "favorite_count": "1",
      "id_str": "1878459618799821263",
      "truncated": false,
      "retweet_count": "0",
      "id": "1878459618799821263",
      "created_at": "Sun Jan 12 15:10:47 +0000 2025",
      "favorited": false,
      "full_text": "up at the crack of dawn again, 5:40 start at the depot. the moon was still out",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1878376395853054443"
          ],
          "editableUntil": "2025-01-12T10:40:05.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "54"
      ],
      "favorite_count": "0",
      "id_str": "1878376395853054443",
      "truncated": false,
      "retweet_count": "0",
      "id": "1878376395853054443",
      "created_at": "Sun Jan 12 09:40:05 +0000 2025",
      "favorited": false,
      "full_text": "absolute f*cking robbery that, he won 8 rounds minimum",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1870117266481686029"
          ],
          "editableUntil": "2024-12-20T15:41:16.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "87"
      ],
      "favorite_count": "31",
      "id_str": "1870117266481686029",
      "truncated": false,
      "retweet_count": "1",
      "id": "1870117266481686029",
      "created_at": "Fri Dec 20 14:41:16 +0000 2024",
      "favorited": false,
      "full_text": "drove home from the pub after the fight, 5 pints deep. roads were empty tho so whatever",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1860252713021768552"
          ],
          "editableUntil": "2024-11-23T10:23:03.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "1",
      "id_str": "1860252713021768552",
      "truncated": false,
      "retweet_count": "1",
      "id": "1860252713021768552",
      "created_at": "Sat Nov 23 09:23:03 +0000 2024",
      "favorited": false,
      "full_text": "thinking of doing my HGV next year, anyone done it? worth the money?",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1854969418380536455"
          ],
          "editableUntil": "2024-11-08T20:29:07.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "171"
      ],
      "favorite_count": "0",
      "id_str": "1854969418380536455",
      "truncated": false,
      "retweet_count": "2",
      "id": "1854969418380536455",
      "created_at": "Fri Nov 08 19:29:07 +0000 2024",
      "favorited": false,
      "full_text": "guess which premier league centre back in Hale orders 4 boxes of krispy kremes every sunday 😂 big black gates, white range rover, his shirt on the dash. not saying nothing",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1849481077674984973"
          ],
          "editableUntil": "2024-10-24T17:00:25.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "25"
      ],
      "favorite_count": "0",
      "id_str": "1849481077674984973",
      "truncated": false,
      "retweet_count": "0",
      "id": "1849481077674984973",
      "created_at": "Thu Oct 24 16:00:25 +0000 2024",
      "favorited": false,
      "full_text": "flu jab done, arm is dead",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1846522316087415082"
          ],
          "editableUntil": "2024-10-16T13:03:21.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "128"
      ],
      "favorite_count": "3",
      "id_str": "1846522316087415082",
      "truncated": false,
      "retweet_count": "0",
      "id": "1846522316087415082",
      "created_at": "Wed Oct 16 12:03:21 +0000 2024",
      "favorited": false,
      "full_text": "customer at the flats kicking off about a late parcel so i launched it at his door and said go on then, do something. he didnt 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1845729767194431774"
          ],
          "editableUntil": "2024-10-14T08:34:03.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "81"
      ],
      "favorite_count": "6",
      "id_str": "1845729767194431774",
      "truncated": false,
      "retweet_count": "0",
      "id": "1845729767194431774",
      "created_at": "Mon Oct 14 07:34:03 +0000 2024",
      "favorited": false,
      "full_text": "mums 60th today, booked her a table at the italian on wilmslow rd and she cried 🥹",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1837587203282713123"
          ],
          "editableUntil": "2024-09-21T21:18:24.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "97"
      ],
      "favorite_count": "3",
      "id_str": "1837587203282713123",
      "truncated": false,
      "retweet_count": "1",
      "id": "1837587203282713123",
      "created_at": "Sat Sep 21 20:18:24 +0000 2024",
      "favorited": false,
      "full_text": "lost my wallet in the van somewhere, if anyone finds a licence MORRI907154JD9AB bring it back lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1832418124074035297"
          ],
          "editableUntil": "2024-09-07T14:58:20.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Ringside Bants",
            "screen_name": "ringsidebants",
            "indices": [
              "3",
              "17"
            ],
            "id_str": "584088344566575186",
            "id": "584088344566575186"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "106"
      ],
      "favorite_count": "0",
      "id_str": "1832418124074035297",
      "truncated": false,
      "retweet_count": "0",
      "id": "1832418124074035297",
      "created_at": "Sat Sep 07 13:58:20 +0000 2024",
      "favorited": false,
      "full_text": "RT @ringsidebants: bring back proper scraps in the car park after the show. 1 round, no refs, no gloves 🥊🩸",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1831276497394206861"
          ],
          "editableUntil": "2024-09-04T11:21:55.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "kerry 🦋",
            "screen_name": "kerrrrys_x",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "206109146077575788",
            "id": "206109146077575788"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "72"
      ],
      "favorite_count": "1",
      "id_str": "1831276497394206861",
      "truncated": false,
      "retweet_count": "0",
      "id": "1831276497394206861",
      "created_at": "Wed Sep 04 10:21:55 +0000 2024",
      "favorited": false,
      "full_text": "@kerrrrys_x lowkey only going to the weigh in for the ring card girls 🍑🔥",
      "lang": "en",
      "in_reply_to_status_id_str": "1831256419562552294",
      "in_reply_to_status_id": "1831256419562552294",
      "in_reply_to_user_id": "206109146077575788",
      "in_reply_to_user_id_str": "206109146077575788",
      "in_reply_to_screen_name": "kerrrrys_x"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1830339387356354835"
          ],
          "editableUntil": "2024-09-01T21:18:10.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "95"
      ],
      "favorite_count": "0",
      "id_str": "1830339387356354835",
      "truncated": false,
      "retweet_count": "0",
      "id": "1830339387356354835",
      "created_at": "Sun Sep 01 20:18:10 +0000 2024",
      "favorited": false,
      "full_text": "not doing the estates round Wythenshawe after dark anymore. u know what theyre like round there",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1825398049994592424"
          ],
          "editableUntil": "2024-08-19T06:03:04.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "88"
      ],
      "favorite_count": "1",
      "id_str": "1825398049994592424",
      "truncated": false,
      "retweet_count": "0",
      "id": "1825398049994592424",
      "created_at": "Mon Aug 19 05:03:04 +0000 2024",
      "favorited": false,
      "full_text": "dms open for any ladies who like a man in uniform 😉 hi vis counts as a uniform dont @ me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1822949543818696589"
          ],
          "editableUntil": "2024-08-12T11:53:34.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "14",
      "id_str": "1822949543818696589",
      "truncated": false,
      "retweet_count": "1",
      "id": "1822949543818696589",
      "created_at": "Mon Aug 12 10:53:34 +0000 2024",
      "favorited": false,
      "full_text": "my nans beer battered fish &amp; chips &gt; any chippy in the north west. fight me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1813928266241516077"
          ],
          "editableUntil": "2024-07-18T14:26:14.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "124"
      ],
      "favorite_count": "31",
      "id_str": "1813928266241516077",
      "truncated": false,
      "retweet_count": "0",
      "id": "1813928266241516077",
      "created_at": "Thu Jul 18 13:26:14 +0000 2024",
      "favorited": false,
      "full_text": "order number 204-8861930-4471 has said \"out for delivery\" since tuesday. delivery driver whose own parcel is lost, the irony",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1811802618680051106"
          ],
          "editableUntil": "2024-07-12T17:39:40.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "55"
      ],
      "favorite_count": "0",
      "id_str": "1811802618680051106",
      "truncated": false,
      "retweet_count": "1",
      "id": "1811802618680051106",
      "created_at": "Fri Jul 12 16:39:40 +0000 2024",
      "favorited": false,
      "full_text": "sunday league 3-1, scored a header. retiring at the top",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1810769347978678606"
          ],
          "editableUntil": "2024-07-09T21:13:49.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "53"
      ],
      "favorite_count": "0",
      "id_str": "1810769347978678606",
      "truncated": false,
      "retweet_count": "0",
      "id": "1810769347978678606",
      "created_at": "Tue Jul 09 20:13:49 +0000 2024",
      "favorited": false,
      "full_text": "joshua v fury if it ever actually happens, who u got?",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1807296229500102338"
          ],
          "editableUntil": "2024-06-30T07:12:53.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "102"
      ],
      "favorite_count": "3",
      "id_str": "1807296229500102338",
      "truncated": false,
      "retweet_count": "2",
      "id": "1807296229500102338",
      "created_at": "Sun Jun 30 06:12:53 +0000 2024",
      "favorited": false,
      "full_text": "sparring tonight, got caught clean with a right hand and saw stars. coach just said good, now u know 🥲",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1801881552576270757"
          ],
          "editableUntil": "2024-06-15T08:36:54.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Delivery Dave",
            "screen_name": "DeliveryDaveUK",
            "indices": [
              "0",
              "15"
            ],
            "id_str": "396405316574406077",
            "id": "396405316574406077"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "16",
        "114"
      ],
      "favorite_count": "0",
      "id_str": "1801881552576270757",
      "truncated": false,
      "retweet_count": "0",
      "id": "1801881552576270757",
      "created_at": "Sat Jun 15 07:36:54 +0000 2024",
      "favorited": false,
      "full_text": "@DeliveryDaveUK they pay us per parcel then act shocked when stuff gets lobbed over the gate. u get what u pay for",
      "lang": "en",
      "in_reply_to_status_id_str": "1801860271281906146",
      "in_reply_to_status_id": "1801860271281906146",
      "in_reply_to_user_id": "396405316574406077",
      "in_reply_to_user_id_str": "396405316574406077",
      "in_reply_to_screen_name": "DeliveryDaveUK"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1800149947191130219"
          ],
          "editableUntil": "2024-06-10T13:56:07.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "40"
      ],
      "favorite_count": "1",
      "id_str": "1800149947191130219",
      "truncated": false,
      "retweet_count": "0",
      "id": "1800149947191130219",
      "created_at": "Mon Jun 10 12:56:07 +0000 2024",
      "favorited": false,
      "full_text": "rain rain rain. manchester never changes",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1794133762840059141"
          ],
          "editableUntil": "2024-05-24T23:29:57.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "61"
      ],
      "favorite_count": "1",
      "id_str": "1794133762840059141",
      "truncated": false,
      "retweet_count": "0",
      "id": "1794133762840059141",
      "created_at": "Fri May 24 22:29:57 +0000 2024",
      "favorited": false,
      "full_text": "my cat is called Tyson and he is undefeated. the pigeons know",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1789695758221937988"
          ],
          "editableUntil": "2024-05-12T17:34:54.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "149"
      ],
      "favorite_count": "0",
      "id_str": "1789695758221937988",
      "truncated": false,
      "retweet_count": "1",
      "id": "1789695758221937988",
      "created_at": "Sun May 12 16:34:54 +0000 2024",
      "favorited": false,
      "full_text": "bloke cut me up on the roundabout so i followed him to his drive and told him next time hes going through his own windscreen. went white as a sheet 😂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1788955636424823304"
          ],
          "editableUntil": "2024-05-10T16:33:55.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "133"
      ],
      "favorite_count": "31",
      "id_str": "1788955636424823304",
      "truncated": false,
      "retweet_count": "0",
      "id": "1788955636424823304",
      "created_at": "Fri May 10 15:33:55 +0000 2024",
      "favorited": false,
      "full_text": "mate sorted me a knuckleduster off a lad at his gym, no questions asked. keeping it in the door pocket, cant be too careful on nights",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1785327630718762469"
          ],
          "editableUntil": "2024-04-30T16:17:31.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": [
          {
            "url": "https://t.co/Xk29dLpQ7a",
            "expanded_url": "https://www.manchestercentral.co.uk/whats-on",
            "display_url": "manchestercentral.co.uk/whats-on",
            "indices": [
              "85",
              "108"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "108"
      ],
      "favorite_count": "6",
      "id_str": "1785327630718762469",
      "truncated": false,
      "retweet_count": "0",
      "id": "1785327630718762469",
      "created_at": "Tue Apr 30 15:17:31 +0000 2024",
      "favorited": false,
      "full_text": "weigh in tomorrow 1pm at manchester central, free entry if anyone wants to come down https://t.co/Xk29dLpQ7a",
      "lang": "en",
      "possibly_sensitive": false
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1784533079358954907"
          ],
          "editableUntil": "2024-04-28T11:40:15.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "116"
      ],
      "favorite_count": "0",
      "id_str": "1784533079358954907",
      "truncated": false,
      "retweet_count": "0",
      "id": "1784533079358954907",
      "created_at": "Sun Apr 28 10:40:15 +0000 2024",
      "favorited": false,
      "full_text": "new lad at the depot can barely speak english, hows he meant to read a label. send him back to the hand car wash lol",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1784459258816550016"
          ],
          "editableUntil": "2024-04-28T06:46:55.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "Mo",
            "screen_name": "mo_boxfan_",
            "indices": [
              "0",
              "11"
            ],
            "id_str": "323974863188375715",
            "id": "323974863188375715"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "12",
        "126"
      ],
      "favorite_count": "9",
      "id_str": "1784459258816550016",
      "truncated": false,
      "retweet_count": "0",
      "id": "1784459258816550016",
      "created_at": "Sun Apr 28 05:46:55 +0000 2024",
      "favorited": false,
      "full_text": "@mo_boxfan_ yeah im in, bringing a bag of 🍃 and a bottle of henny. calling in sick for it so dont be tagging me in nothing lol",
      "lang": "en",
      "in_reply_to_status_id_str": "1784432694486626683",
      "in_reply_to_status_id": "1784432694486626683",
      "in_reply_to_user_id": "323974863188375715",
      "in_reply_to_user_id_str": "323974863188375715",
      "in_reply_to_screen_name": "mo_boxfan_"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1782444358988760303"
          ],
          "editableUntil": "2024-04-22T17:20:26.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [
          {
            "text": "boxing",
            "indices": [
              "87",
              "94"
            ]
          }
        ],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "94"
      ],
      "favorite_count": "0",
      "id_str": "1782444358988760303",
      "truncated": false,
      "retweet_count": "0",
      "id": "1782444358988760303",
      "created_at": "Mon Apr 22 16:20:26 +0000 2024",
      "favorited": false,
      "full_text": "that knockout tho. out cold before he hit the canvas. KO of the year and its not close #boxing",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1782170732644952478"
          ],
          "editableUntil": "2024-04-21T23:13:08.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "60"
      ],
      "favorite_count": "31",
      "id_str": "1782170732644952478",
      "truncated": false,
      "retweet_count": "0",
      "id": "1782170732644952478",
      "created_at": "Sun Apr 21 22:13:08 +0000 2024",
      "favorited": false,
      "full_text": "women refs should stick to the women's fights tbh. simple as",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1773103024022344504"
          ],
          "editableUntil": "2024-03-27T22:41:18.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "62"
      ],
      "favorite_count": "9",
      "id_str": "1773103024022344504",
      "truncated": false,
      "retweet_count": "0",
      "id": "1773103024022344504",
      "created_at": "Wed Mar 27 21:41:18 +0000 2024",
      "favorited": false,
      "full_text": "wtf was that scoring. 118-110?? judges need their eyes testing",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1764421864190510614"
          ],
          "editableUntil": "2024-03-03T23:45:28.000Z",
          "editsRemaining": "5",
          "isEditEligible": false
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [
          {
            "name": "UK Boxing Stats",
            "screen_name": "boxingstats_uk",
            "indices": [
              "3",
              "18"
            ],
            "id_str": "738345345720420268",
            "id": "738345345720420268"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "99"
      ],
      "favorite_count": "0",
      "id_str": "1764421864190510614",
      "truncated": false,
      "retweet_count": "0",
      "id": "1764421864190510614",
      "created_at": "Sun Mar 03 22:45:28 +0000 2024",
      "favorited": false,
      "full_text": "RT @boxingstats_uk: most knockouts in a single year by a british heavyweight since 1990, a thread 🧵",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1763840377064570659"
          ],
          "editableUntil": "2024-03-02T09:14:51.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "92"
      ],
      "favorite_count": "0",
      "id_str": "1763840377064570659",
      "truncated": false,
      "retweet_count": "0",
      "id": "1763840377064570659",
      "created_at": "Sat Mar 02 08:14:51 +0000 2024",
      "favorited": false,
      "full_text": "delivered to an onlyfans girl today, she signed for it in a towel. best drop of my career 😳🍑",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1758492333622881747"
          ],
          "editableUntil": "2024-02-16T15:03:38.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "89"
      ],
      "favorite_count": "1",
      "id_str": "1758492333622881747",
      "truncated": false,
      "retweet_count": "0",
      "id": "1758492333622881747",
      "created_at": "Fri Feb 16 14:03:38 +0000 2024",
      "favorited": false,
      "full_text": "anyone know a decent mechanic in levenshulme, the van's making a noise like a dying goose",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1757322735918362190"
          ],
          "editableUntil": "2024-02-13T09:36:04.000Z",
          "editsRemaining": "5",
          "isEditEligible": true
        }
      },
      "retweeted": false,
      "source": "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities": {
        "hashtags": [],
        "symbols": [],
        "user_mentions": [],
        "urls": []
      },
      "display_text_range": [
        "0",
        "75"
      ],
      "favorite_count": "1",
      "id_str": "1757322735918362190",
      "truncated": false,
      "retweet_count": "1",
      "id": "1757322735918362190",
      "created_at": "Tue Feb 13 08:36:04 +0000 2024",
      "favorited": false,
      "full_text": "first day off in 2 weeks and i woke up at 5:30 anyway. body clock is ruined",
      "lang": "en"
    }
  }
]