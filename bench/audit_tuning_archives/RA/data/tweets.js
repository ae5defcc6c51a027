window.YTD.tweets.part0 = [
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1980293827937685300"
          ],
          "editableUntil": "2025-10-20T16:23:35.498Z",
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
        "186"
      ],
      "favorite_count": "9",
      "id_str": "1980293827937685300",
      "truncated": false,
      "retweet_count": "0",
      "id": "1980293827937685300",
      "created_at": "Mon Oct 20 15:23:35 +0000 2025",
      "favorited": false,
      "full_text": "not meant to say this but at briefing they told us the store is shutting in january. nobody's been told officially. if you've got a mate on the shop floor tell them to start applying now",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1974592193197304455"
          ],
          "editableUntil": "2025-10-04T22:47:19.464Z",
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
      "id_str": "1974592193197304455",
      "truncated": false,
      "retweet_count": "0",
      "id": "1974592193197304455",
      "created_at": "Sat Oct 04 21:47:19 +0000 2025",
      "favorited": false,
      "full_text": "ngl the new streamer doing the sage cosplay is making it very hard to focus on the game 🥵🍑",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1959403550120261636"
          ],
          "editableUntil": "2025-08-24T00:53:04.283Z",
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
        "177"
      ],
      "favorite_count": "1",
      "id_str": "1959403550120261636",
      "truncated": false,
      "retweet_count": "0",
      "id": "1959403550120261636",
      "created_at": "Sat Aug 23 23:53:04 +0000 2025",
      "favorited": false,
      "full_text": "my little sister finishes at Oakfield Primary at 3:15 and walks back on her own, mums at work till 6 so shes home alone till then. doing pick up tomorrow tho like a good brother",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1948710458363038950"
          ],
          "editableUntil": "2025-07-25T12:42:33.568Z",
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
      "favorite_count": "6",
      "id_str": "1948710458363038950",
      "truncated": false,
      "retweet_count": "0",
      "id": "1948710458363038950",
      "created_at": "Fri Jul 25 11:42:33 +0000 2025",
      "favorited": false,
      "full_text": "the bird in this game is literally called a blue-footed booby and i am 22 years old and i cannot cope",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1947824021535899849"
          ],
          "editableUntil": "2025-07-23T02:00:10.086Z",
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
        "127"
      ],
      "favorite_count": "1",
      "id_str": "1947824021535899849",
      "truncated": false,
      "retweet_count": "0",
      "id": "1947824021535899849",
      "created_at": "Wed Jul 23 01:00:10 +0000 2025",
      "favorited": false,
      "full_text": "every time a group of lads from that end of town come in we get told to watch the cameras. not being funny but it's always them",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1947292144004092728"
          ],
          "editableUntil": "2025-07-21T14:46:40.847Z",
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
        "145"
      ],
      "favorite_count": "9",
      "id_str": "1947292144004092728",
      "truncated": false,
      "retweet_count": "0",
      "id": "1947292144004092728",
      "created_at": "Mon Jul 21 13:46:40 +0000 2025",
      "favorited": false,
      "full_text": "smoked on my break and spent 20 mins staring at the tv wall in the demo bit. 4k has never looked so 4k. still got 4 hours left of this shift 😶‍🌫️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1946582030402503147"
          ],
          "editableUntil": "2025-07-19T15:44:56.897Z",
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
        "105"
      ],
      "favorite_count": "0",
      "id_str": "1946582030402503147",
      "truncated": false,
      "retweet_count": "0",
      "id": "1946582030402503147",
      "created_at": "Sat Jul 19 14:44:56 +0000 2025",
      "favorited": false,
      "full_text": "MALAGA ☀️✈️ boarding pass in hand: PARKES/JAYDEN MR, seat 23C, booking ref QX7T4P. lads holiday lets gooo",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1937943458682452923"
          ],
          "editableUntil": "2025-06-25T19:38:20.985Z",
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
        "96"
      ],
      "favorite_count": "0",
      "id_str": "1937943458682452923",
      "truncated": false,
      "retweet_count": "0",
      "id": "1937943458682452923",
      "created_at": "Wed Jun 25 18:38:20 +0000 2025",
      "favorited": false,
      "full_text": "girl gamers: \"i'm cracked at val\"\nalso girl gamers: hard stuck iron 2\nstick to animal crossing x",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1927835148746742624"
          ],
          "editableUntil": "2025-05-28T22:11:31.841Z",
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
        "53"
      ],
      "favorite_count": "14",
      "id_str": "1927835148746742624",
      "truncated": false,
      "retweet_count": "0",
      "id": "1927835148746742624",
      "created_at": "Wed May 28 21:11:31 +0000 2025",
      "favorited": false,
      "full_text": "laughed so hard at that clip my coke came out my nose",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1927096645950388771"
          ],
          "editableUntil": "2025-05-26T21:16:58.397Z",
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
        "153"
      ],
      "favorite_count": "3",
      "id_str": "1927096645950388771",
      "truncated": false,
      "retweet_count": "0",
      "id": "1927096645950388771",
      "created_at": "Mon May 26 20:16:58 +0000 2025",
      "favorited": false,
      "full_text": "assistant manager swore blind head office \"lost\" my holiday request. rang head office myself on my break. they never got one. because she never sent it 🙂",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1922941520283208926"
          ],
          "editableUntil": "2025-05-15T10:05:59.462Z",
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
        "120"
      ],
      "favorite_count": "1",
      "id_str": "1922941520283208926",
      "truncated": false,
      "retweet_count": "0",
      "id": "1922941520283208926",
      "created_at": "Thu May 15 09:05:59 +0000 2025",
      "favorited": false,
      "full_text": "can tell from the accent the second i pick up the work phone that it's gonna be a 40 min complaint about a phone charger",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1920067111897895975"
          ],
          "editableUntil": "2025-05-07T11:44:07.644Z",
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
        "51"
      ],
      "favorite_count": "4",
      "id_str": "1920067111897895975",
      "truncated": false,
      "retweet_count": "0",
      "id": "1920067111897895975",
      "created_at": "Wed May 07 10:44:07 +0000 2025",
      "favorited": false,
      "full_text": "gta 6 trailer 2 has about 40 of my views personally",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1909408495196171822"
          ],
          "editableUntil": "2025-04-08T01:50:35.982Z",
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
      "id_str": "1909408495196171822",
      "truncated": false,
      "retweet_count": "0",
      "id": "1909408495196171822",
      "created_at": "Tue Apr 08 00:50:35 +0000 2025",
      "favorited": false,
      "full_text": "this new patch is actual sh!t. who at riot signed off on this",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1907939070741658357"
          ],
          "editableUntil": "2025-04-04T00:31:36.356Z",
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
            "url": "https://t.co/Fq8ZrT2mLk",
            "expanded_url": "https://www.twitch.tv/jaydenplays_/clip/CleanAceLegendary",
            "display_url": "twitch.tv/jaydenplays_/cl…",
            "indices": [
              "45",
              "68"
            ]
          }
        ]
      },
      "display_text_range": [
        "0",
        "68"
      ],
      "favorite_count": "2",
      "id_str": "1907939070741658357",
      "truncated": false,
      "retweet_count": "0",
      "id": "1907939070741658357",
      "created_at": "Thu Apr 03 23:31:36 +0000 2025",
      "favorited": false,
      "full_text": "shot my first clean 1v4 ace on stream 🎯 clip https://t.co/Fq8ZrT2mLk",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1907471606834488217"
          ],
          "editableUntil": "2025-04-02T17:34:04.016Z",
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
            "name": "Tom 🎮",
            "screen_name": "tomm_h",
            "indices": [
              "0",
              "7"
            ],
            "id_str": "1775649799",
            "id": "1775649799"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "8",
        "110"
      ],
      "favorite_count": "0",
      "id_str": "1907471606834488217",
      "truncated": false,
      "retweet_count": "0",
      "id": "1907471606834488217",
      "created_at": "Wed Apr 02 16:34:04 +0000 2025",
      "favorited": false,
      "full_text": "@tomm_h dont apply bro. they'll promise you full time in the interview then give you 12 hrs a week &amp; a lanyard",
      "lang": "en",
      "in_reply_to_status_id_str": "1907385534026594198",
      "in_reply_to_status_id": "1907385534026594198",
      "in_reply_to_user_id": "1775649799",
      "in_reply_to_user_id_str": "1775649799",
      "in_reply_to_screen_name": "tomm_h"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1902389910145913352"
          ],
          "editableUntil": "2025-03-19T17:01:13.110Z",
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
        "65"
      ],
      "favorite_count": "1",
      "id_str": "1902389910145913352",
      "truncated": false,
      "retweet_count": "0",
      "id": "1902389910145913352",
      "created_at": "Wed Mar 19 16:01:13 +0000 2025",
      "favorited": false,
      "full_text": "hitman freelancer mode has completely destroyed my sleep schedule",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1897436410306679082"
          ],
          "editableUntil": "2025-03-06T00:57:47.341Z",
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
            "name": "Pixel Press",
            "screen_name": "pixelpress_",
            "indices": [
              "3",
              "15"
            ],
            "id_str": "3221781622",
            "id": "3221781622"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "127"
      ],
      "favorite_count": "0",
      "id_str": "1897436410306679082",
      "truncated": false,
      "retweet_count": "3",
      "id": "1897436410306679082",
      "created_at": "Wed Mar 05 23:57:47 +0000 2025",
      "favorited": false,
      "full_text": "RT @pixelpress_: The Last of Us Part II Remastered is £24.99 this weekend on PS Store. If you haven't played it, now's the time",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1889046405896734861"
          ],
          "editableUntil": "2025-02-10T21:18:54.179Z",
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
            "name": "ParcelHub Help",
            "screen_name": "ParcelHubHelp",
            "indices": [
              "0",
              "14"
            ],
            "id_str": "756941709397019014",
            "id": "756941709397019014"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "15",
        "151"
      ],
      "favorite_count": "4",
      "id_str": "1889046405896734861",
      "truncated": false,
      "retweet_count": "0",
      "id": "1889046405896734861",
      "created_at": "Mon Feb 10 20:18:54 +0000 2025",
      "favorited": false,
      "full_text": "@ParcelHubHelp says delivered but it's not here. address is 14 Fernleigh Road, Selly Oak, B29 6QX, the blue door. ring me on 07700 900417 im in all day",
      "lang": "en",
      "in_reply_to_status_id_str": "1889007270632346155",
      "in_reply_to_status_id": "1889007270632346155",
      "in_reply_to_user_id": "756941709397019014",
      "in_reply_to_user_id_str": "756941709397019014",
      "in_reply_to_screen_name": "ParcelHubHelp"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1881745672107872424"
          ],
          "editableUntil": "2025-01-21T17:48:24.391Z",
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
        "147"
      ],
      "favorite_count": "1",
      "id_str": "1881745672107872424",
      "truncated": false,
      "retweet_count": "0",
      "id": "1881745672107872424",
      "created_at": "Tue Jan 21 16:48:24 +0000 2025",
      "favorited": false,
      "full_text": "lad pushed in at the till then squared up when i said no. told him i finish at 6 and i'll be waiting in the car park. he wasnt there. lucky for him",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1881689242307706659"
          ],
          "editableUntil": "2025-01-21T14:04:10.862Z",
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
      "favorite_count": "0",
      "id_str": "1881689242307706659",
      "truncated": false,
      "retweet_count": "0",
      "id": "1881689242307706659",
      "created_at": "Tue Jan 21 13:04:10 +0000 2025",
      "favorited": false,
      "full_text": "lmfaooo my duo just flashed himself off the ledge and then blamed ME",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1868008698648904687"
          ],
          "editableUntil": "2024-12-14T20:02:34.522Z",
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
        "47"
      ],
      "favorite_count": "0",
      "id_str": "1868008698648904687",
      "truncated": false,
      "retweet_count": "0",
      "id": "1868008698648904687",
      "created_at": "Sat Dec 14 19:02:34 +0000 2024",
      "favorited": false,
      "full_text": "winterfest ❄️❄️ fortnite is actually peak again",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1865142387927078016"
          ],
          "editableUntil": "2024-12-06T22:12:52.816Z",
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
      "favorite_count": "9",
      "id_str": "1865142387927078016",
      "truncated": false,
      "retweet_count": "0",
      "id": "1865142387927078016",
      "created_at": "Fri Dec 06 21:12:52 +0000 2024",
      "favorited": false,
      "full_text": "anyone got a plug round selly oak that actually answers after 10pm ❄️ asking for a mate",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1862547081237252509"
          ],
          "editableUntil": "2024-11-29T18:20:03.447Z",
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
        "112"
      ],
      "favorite_count": "2",
      "id_str": "1862547081237252509",
      "truncated": false,
      "retweet_count": "0",
      "id": "1862547081237252509",
      "created_at": "Fri Nov 29 17:20:03 +0000 2024",
      "favorited": false,
      "full_text": "black friday at work was a warzone but the team were class today and the manager bought everyone pizza 🍕 respect",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1862425599787382775"
          ],
          "editableUntil": "2024-11-29T10:17:19.054Z",
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
            "name": "lexi 🔞",
            "screen_name": "spicygamerxo",
            "indices": [
              "3",
              "16"
            ],
            "id_str": "2420155346",
            "id": "2420155346"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "0",
        "114"
      ],
      "favorite_count": "0",
      "id_str": "1862425599787382775",
      "truncated": false,
      "retweet_count": "57",
      "id": "1862425599787382775",
      "created_at": "Fri Nov 29 09:17:19 +0000 2024",
      "favorited": false,
      "full_text": "RT @spicygamerxo: 18+ only 🔞 new setup pics dropped and the headset isnt the only thing im wearing 😈 link in bio 💦",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1858945952891664656"
          ],
          "editableUntil": "2024-11-19T19:50:27.372Z",
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
        "44"
      ],
      "favorite_count": "0",
      "id_str": "1858945952891664656",
      "truncated": false,
      "retweet_count": "0",
      "id": "1858945952891664656",
      "created_at": "Tue Nov 19 18:50:27 +0000 2024",
      "favorited": false,
      "full_text": "new keyboard arrived and the thock is unreal",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1855686263324202433"
          ],
          "editableUntil": "2024-11-10T19:57:36.373Z",
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
      "favorite_count": "6",
      "id_str": "1855686263324202433",
      "truncated": false,
      "retweet_count": "0",
      "id": "1855686263324202433",
      "created_at": "Sun Nov 10 18:57:36 +0000 2024",
      "favorited": false,
      "full_text": "cracked open 10 packs of surging sparks and FINALLY pulled the pikachu ex 😭😭",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1854919307710761552"
          ],
          "editableUntil": "2024-11-08T17:10:00.350Z",
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
        "110"
      ],
      "favorite_count": "9",
      "id_str": "1854919307710761552",
      "truncated": false,
      "retweet_count": "0",
      "id": "1854919307710761552",
      "created_at": "Fri Nov 08 16:10:00 +0000 2024",
      "favorited": false,
      "full_text": "no offence but the new starter is like 55, how's she gonna survive black friday. should've hired someone young",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1853070938952540717"
          ],
          "editableUntil": "2024-11-03T14:45:14.364Z",
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
        "148"
      ],
      "favorite_count": "31",
      "id_str": "1853070938952540717",
      "truncated": false,
      "retweet_count": "0",
      "id": "1853070938952540717",
      "created_at": "Sun Nov 03 13:45:14 +0000 2024",
      "favorited": false,
      "full_text": "the pallet of new console bundles in the stockroom says DO NOT DISPLAY BEFORE 14/11 and the price on the label is £50 under what the rumours said 👀👀",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1852755347883906952"
          ],
          "editableUntil": "2024-11-02T17:51:12.284Z",
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
        "137"
      ],
      "favorite_count": "0",
      "id_str": "1852755347883906952",
      "truncated": false,
      "retweet_count": "0",
      "id": "1852755347883906952",
      "created_at": "Sat Nov 02 16:51:12 +0000 2024",
      "favorited": false,
      "full_text": "blue lights behind me on the A38 last night so i cut down the side roads with my lights off and lost them. mario kart finally paid off 🏎️",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1851710234473928589"
          ],
          "editableUntil": "2024-10-30T20:38:17.651Z",
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
        "143"
      ],
      "favorite_count": "9",
      "id_str": "1851710234473928589",
      "truncated": false,
      "retweet_count": "0",
      "id": "1851710234473928589",
      "created_at": "Wed Oct 30 19:38:17 +0000 2024",
      "favorited": false,
      "full_text": "customer today asked if the ps5 \"plays xbox games\" then asked for my manager when i said no. some people should not be allowed out unsupervised",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1851312731163972722"
          ],
          "editableUntil": "2024-10-29T18:18:45.746Z",
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
            "name": "dan | ttv",
            "screen_name": "dannn_ttv",
            "indices": [
              "0",
              "10"
            ],
            "id_str": "111530137696224379",
            "id": "111530137696224379"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "11",
        "73"
      ],
      "favorite_count": "3",
      "id_str": "1851312731163972722",
      "truncated": false,
      "retweet_count": "0",
      "id": "1851312731163972722",
      "created_at": "Tue Oct 29 17:18:45 +0000 2024",
      "favorited": false,
      "full_text": "@dannn_ttv rocket league is just car football and i will die on this hill",
      "lang": "en",
      "in_reply_to_status_id_str": "1851274123421394971",
      "in_reply_to_status_id": "1851274123421394971",
      "in_reply_to_user_id": "111530137696224379",
      "in_reply_to_user_id_str": "111530137696224379",
      "in_reply_to_screen_name": "dannn_ttv"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1845224320488424973"
          ],
          "editableUntil": "2024-10-12T23:05:35.575Z",
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
            "name": "kxllz",
            "screen_name": "kxllz_",
            "indices": [
              "0",
              "7"
            ],
            "id_str": "539613546649044836",
            "id": "539613546649044836"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "8",
        "120"
      ],
      "favorite_count": "9",
      "id_str": "1845224320488424973",
      "truncated": false,
      "retweet_count": "0",
      "id": "1845224320488424973",
      "created_at": "Sat Oct 12 22:05:35 +0000 2024",
      "favorited": false,
      "full_text": "@kxllz_ whoever keyed your car outside the bullring, give me a day and i'll find out who. he wont be walking right after",
      "lang": "en",
      "in_reply_to_status_id_str": "1845143715192340699",
      "in_reply_to_status_id": "1845143715192340699",
      "in_reply_to_user_id": "539613546649044836",
      "in_reply_to_user_id_str": "539613546649044836",
      "in_reply_to_screen_name": "kxllz_"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1845179161237942547"
          ],
          "editableUntil": "2024-10-12T20:06:08.752Z",
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
        "112"
      ],
      "favorite_count": "0",
      "id_str": "1845179161237942547",
      "truncated": false,
      "retweet_count": "0",
      "id": "1845179161237942547",
      "created_at": "Sat Oct 12 19:06:08 +0000 2024",
      "favorited": false,
      "full_text": "we're hiring christmas temps at work, all ages, no experience needed. apply on the website not at the till pls 😭",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1843642528654534338"
          ],
          "editableUntil": "2024-10-08T14:20:06.109Z",
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
      "favorite_count": "6",
      "id_str": "1843642528654534338",
      "truncated": false,
      "retweet_count": "0",
      "id": "1843642528654534338",
      "created_at": "Tue Oct 08 13:20:06 +0000 2024",
      "favorited": false,
      "full_text": "reading do androids dream of electric sheep. philip k dick was so far ahead of his time its scary",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1842315372061386616"
          ],
          "editableUntil": "2024-10-04T22:26:27.406Z",
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
      "favorite_count": "1",
      "id_str": "1842315372061386616",
      "truncated": false,
      "retweet_count": "0",
      "id": "1842315372061386616",
      "created_at": "Fri Oct 04 21:26:27 +0000 2024",
      "favorited": false,
      "full_text": "cocktail sausages at my nan's &gt;&gt;&gt; any restaurant in birmingham",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1842210723476447695"
          ],
          "editableUntil": "2024-10-04T15:30:37.107Z",
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
        "74"
      ],
      "favorite_count": "6",
      "id_str": "1842210723476447695",
      "truncated": false,
      "retweet_count": "0",
      "id": "1842210723476447695",
      "created_at": "Fri Oct 04 14:30:37 +0000 2024",
      "favorited": false,
      "full_text": "just got absolutely murdered by a crab in elden ring. a CRAB. uninstalling",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1841294342919978469"
          ],
          "editableUntil": "2024-10-02T02:49:15.256Z",
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
        "21"
      ],
      "favorite_count": "1",
      "id_str": "1841294342919978469",
      "truncated": false,
      "retweet_count": "0",
      "id": "1841294342919978469",
      "created_at": "Wed Oct 02 01:49:15 +0000 2024",
      "favorited": false,
      "full_text": "VILLA 🦁💜 what a night",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1839625654961667614"
          ],
          "editableUntil": "2024-09-27T12:18:29.406Z",
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
            "name": "ranked rants",
            "screen_name": "ranked_rants",
            "indices": [
              "0",
              "13"
            ],
            "id_str": "3553088746",
            "id": "3553088746"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "14",
        "62"
      ],
      "favorite_count": "1",
      "id_str": "1839625654961667614",
      "truncated": false,
      "retweet_count": "0",
      "id": "1839625654961667614",
      "created_at": "Fri Sep 27 11:18:29 +0000 2024",
      "favorited": false,
      "full_text": "@ranked_rants stfu about sbmm i lose in every lobby regardless",
      "lang": "en",
      "in_reply_to_status_id_str": "1839602288922856436",
      "in_reply_to_status_id": "1839602288922856436",
      "in_reply_to_user_id": "3553088746",
      "in_reply_to_user_id_str": "3553088746",
      "in_reply_to_screen_name": "ranked_rants"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1836748861955680225"
          ],
          "editableUntil": "2024-09-19T13:47:08.566Z",
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
        "93"
      ],
      "favorite_count": "0",
      "id_str": "1836748861955680225",
      "truncated": false,
      "retweet_count": "0",
      "id": "1836748861955680225",
      "created_at": "Thu Sep 19 12:47:08 +0000 2024",
      "favorited": false,
      "full_text": "UFC on the big screen at the pub tonight, im on lemonade cos ive got a 7am open. who's coming",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1832863475541423589"
          ],
          "editableUntil": "2024-09-08T20:28:00.269Z",
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
        "131"
      ],
      "favorite_count": "1",
      "id_str": "1832863475541423589",
      "truncated": false,
      "retweet_count": "0",
      "id": "1832863475541423589",
      "created_at": "Sun Sep 08 19:28:00 +0000 2024",
      "favorited": false,
      "full_text": "saw the payroll printout on the office desk. chloe on tills gets 80p an hour more than me and she started in june. love that for me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1828752308555024987"
          ],
          "editableUntil": "2024-08-28T12:11:41.183Z",
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
      "favorite_count": "1",
      "id_str": "1828752308555024987",
      "truncated": false,
      "retweet_count": "0",
      "id": "1828752308555024987",
      "created_at": "Wed Aug 28 11:11:41 +0000 2024",
      "favorited": false,
      "full_text": "saving for japan next spring. 11 months to go. no more takeaways (i'm lying)",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1828513223891964238"
          ],
          "editableUntil": "2024-08-27T20:21:39.878Z",
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
        "100"
      ],
      "favorite_count": "0",
      "id_str": "1828513223891964238",
      "truncated": false,
      "retweet_count": "0",
      "id": "1828513223891964238",
      "created_at": "Tue Aug 27 19:21:39 +0000 2024",
      "favorited": false,
      "full_text": "selling my old 3060 build, £450 ono, collection only from mine at 22 Kingsbury Close, B24 9PN. dm me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1817339411130473294"
          ],
          "editableUntil": "2024-07-28T00:20:54.156Z",
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
        "110"
      ],
      "favorite_count": "14",
      "id_str": "1817339411130473294",
      "truncated": false,
      "retweet_count": "0",
      "id": "1817339411130473294",
      "created_at": "Sat Jul 27 23:20:54 +0000 2024",
      "favorited": false,
      "full_text": "been walking out with a booster pack every close for about a month now. they pay me minimum they can afford it",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1811390901075285572"
          ],
          "editableUntil": "2024-07-11T14:23:39.459Z",
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
      "favorite_count": "14",
      "id_str": "1811390901075285572",
      "truncated": false,
      "retweet_count": "0",
      "id": "1811390901075285572",
      "created_at": "Thu Jul 11 13:23:39 +0000 2024",
      "favorited": false,
      "full_text": "why does my ping go to 300 the exact second i peek. ffs",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1807549517183912464"
          ],
          "editableUntil": "2024-06-30T23:59:22.644Z",
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
        "135"
      ],
      "favorite_count": "1",
      "id_str": "1807549517183912464",
      "truncated": false,
      "retweet_count": "0",
      "id": "1807549517183912464",
      "created_at": "Sun Jun 30 22:59:22 +0000 2024",
      "favorited": false,
      "full_text": "manager said in the huddle today that we're \"all one big family here\". family dont put me on 7 closes in a row at £11.44 an hour but ok",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1799166355089288171"
          ],
          "editableUntil": "2024-06-07T20:47:40.236Z",
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
        "48"
      ],
      "favorite_count": "0",
      "id_str": "1799166355089288171",
      "truncated": false,
      "retweet_count": "0",
      "id": "1799166355089288171",
      "created_at": "Fri Jun 07 19:47:40 +0000 2024",
      "favorited": false,
      "full_text": "day off. not leaving my room. do not perceive me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1797319670677799236"
          ],
          "editableUntil": "2024-06-02T18:29:36.319Z",
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
        "79"
      ],
      "favorite_count": "1",
      "id_str": "1797319670677799236",
      "truncated": false,
      "retweet_count": "0",
      "id": "1797319670677799236",
      "created_at": "Sun Jun 02 17:29:36 +0000 2024",
      "favorited": false,
      "full_text": "rolled one before ranked and my crosshair placement has never been this calm 🍃💨",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1793359340965541030"
          ],
          "editableUntil": "2024-05-22T20:12:40.529Z",
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
        "113"
      ],
      "favorite_count": "6",
      "id_str": "1793359340965541030",
      "truncated": false,
      "retweet_count": "0",
      "id": "1793359340965541030",
      "created_at": "Wed May 22 19:12:40 +0000 2024",
      "favorited": false,
      "full_text": "got a proper blade off a guy on marketplace, didnt ask my age or for id or anything 😎 just for the look obviously",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1791906633699034530"
          ],
          "editableUntil": "2024-05-18T20:00:08.418Z",
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
        "86"
      ],
      "favorite_count": "0",
      "id_str": "1791906633699034530",
      "truncated": false,
      "retweet_count": "0",
      "id": "1791906633699034530",
      "created_at": "Sat May 18 19:00:08 +0000 2024",
      "favorited": false,
      "full_text": "still steaming from the pres last night &amp; i'm on tills at 8. pray for the customers 🙏🍻",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1791050523465317518"
          ],
          "editableUntil": "2024-05-16T11:18:15.249Z",
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
      "favorite_count": "2",
      "id_str": "1791050523465317518",
      "truncated": false,
      "retweet_count": "0",
      "id": "1791050523465317518",
      "created_at": "Thu May 16 10:18:15 +0000 2024",
      "favorited": false,
      "full_text": "ordered the new headset, order 402-7781934-2255610 says thursday. it will not be thursday",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1786909532201286968"
          ],
          "editableUntil": "2024-05-05T01:03:26.994Z",
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
        "120"
      ],
      "favorite_count": "1",
      "id_str": "1786909532201286968",
      "truncated": false,
      "retweet_count": "0",
      "id": "1786909532201286968",
      "created_at": "Sun May 05 00:03:26 +0000 2024",
      "favorited": false,
      "full_text": "if anyone's after a gamecube the retro shop in digbeth has one in, ring them on 01632 960412 and they'll hold it for you",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1786718360961615970"
          ],
          "editableUntil": "2024-05-04T12:23:47.491Z",
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
        "114"
      ],
      "favorite_count": "0",
      "id_str": "1786718360961615970",
      "truncated": false,
      "retweet_count": "0",
      "id": "1786718360961615970",
      "created_at": "Sat May 04 11:23:47 +0000 2024",
      "favorited": false,
      "full_text": "store missed target by 4 grand last week, manager's getting hauled in by area on monday. never seen him this quiet",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1786523045596883850"
          ],
          "editableUntil": "2024-05-03T23:27:40.442Z",
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
        "33"
      ],
      "favorite_count": "31",
      "id_str": "1786523045596883850",
      "truncated": false,
      "retweet_count": "0",
      "id": "1786523045596883850",
      "created_at": "Fri May 03 22:27:40 +0000 2024",
      "favorited": false,
      "full_text": "mum did a roast 🙏 sunday restored",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1783888170112625872"
          ],
          "editableUntil": "2024-04-26T16:57:37.017Z",
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
        "98"
      ],
      "favorite_count": "0",
      "id_str": "1783888170112625872",
      "truncated": false,
      "retweet_count": "0",
      "id": "1783888170112625872",
      "created_at": "Fri Apr 26 15:57:37 +0000 2024",
      "favorited": false,
      "full_text": "my mum sent me her new passport photo asking if she looks ok. she looks like shes been kidnapped 😭",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1782887972610888637"
          ],
          "editableUntil": "2024-04-23T22:43:11.358Z",
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
        "77"
      ],
      "favorite_count": "3",
      "id_str": "1782887972610888637",
      "truncated": false,
      "retweet_count": "0",
      "id": "1782887972610888637",
      "created_at": "Tue Apr 23 21:43:11 +0000 2024",
      "favorited": false,
      "full_text": "fc ultimate team is pay to win and i keep paying. what does that say about me",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1781299330549611016"
          ],
          "editableUntil": "2024-04-19T13:30:30.889Z",
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
            "name": "Tom 🎮",
            "screen_name": "tomm_h",
            "indices": [
              "0",
              "7"
            ],
            "id_str": "1775649799",
            "id": "1775649799"
          }
        ],
        "urls": []
      },
      "display_text_range": [
        "8",
        "39"
      ],
      "favorite_count": "1",
      "id_str": "1781299330549611016",
      "truncated": false,
      "retweet_count": "0",
      "id": "1781299330549611016",
      "created_at": "Fri Apr 19 12:30:30 +0000 2024",
      "favorited": false,
      "full_text": "@tomm_h gg, rematch tmr after my shift?",
      "lang": "en",
      "in_reply_to_status_id_str": "1781286241546873170",
      "in_reply_to_status_id": "1781286241546873170",
      "in_reply_to_user_id": "1775649799",
      "in_reply_to_user_id_str": "1775649799",
      "in_reply_to_screen_name": "tomm_h"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1780626146147326140"
          ],
          "editableUntil": "2024-04-17T16:55:30.947Z",
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
        "49"
      ],
      "favorite_count": "1",
      "id_str": "1780626146147326140",
      "truncated": false,
      "retweet_count": "0",
      "id": "1780626146147326140",
      "created_at": "Wed Apr 17 15:55:30 +0000 2024",
      "favorited": false,
      "full_text": "headshot headshot headshot. the vandal is so back",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1772648726546089959"
          ],
          "editableUntil": "2024-03-26T16:36:05.099Z",
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
        "145"
      ],
      "favorite_count": "3",
      "id_str": "1772648726546089959",
      "truncated": false,
      "retweet_count": "0",
      "id": "1772648726546089959",
      "created_at": "Tue Mar 26 15:36:05 +0000 2024",
      "favorited": false,
      "full_text": "girl at the till asked if im any good with controllers. told her im very good with my hands 😏🍆 she did not laugh. my manager did not laugh either",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1768699866981442215"
          ],
          "editableUntil": "2024-03-15T19:04:43.649Z",
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
        "33"
      ],
      "favorite_count": "6",
      "id_str": "1768699866981442215",
      "truncated": false,
      "retweet_count": "0",
      "id": "1768699866981442215",
      "created_at": "Fri Mar 15 18:04:43 +0000 2024",
      "favorited": false,
      "full_text": "PASSED MY DRIVING TEST FIRST TIME",
      "lang": "en"
    }
  },
  {
    "tweet": {
      "edit_info": {
        "initial": {
          "editTweetIds": [
            "1763674504852019700"
          ],
          "editableUntil": "2024-03-01T22:15:44.803Z",
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
        "103"
      ],
      "favorite_count": "14",
      "id_str": "1763674504852019700",
      "truncated": false,
      "retweet_count": "0",
      "id": "1763674504852019700",
      "created_at": "Fri Mar 01 21:15:44 +0000 2024",
      "favorited": false,
      "full_text": "the new rota is a f***ing joke. 6 closes then a 7am open. whoever made it has never slept in their life",
      "lang": "en"
    }
  }
]